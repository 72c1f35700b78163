package org.kogge.bench;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.virtuallist.VirtualList;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.UiHeap;
import org.kogge.testing.ProgrammeFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Heap per open UI of the public programme and the now board, at demo size (13 sessions, 4 rooms, 2 days) and at
 * 500 sessions (10 rooms, 2 days), generated through the services. Run with
 * {@code ./mvnw -Pbench test -Dtest=ProgrammeBench} (H2; MariaDB with {@code -Dkogge.test.profiles=test,mariadb} and
 * KOGGE_DB_* set). Prints its figures; the bound that runs with every build is {@code PublicScheduleHeapTest}.
 * <p>
 * H2, 20 UIs, 5 Dec 2026 (busy 2-core machine, so ±100 KB): programme at 500 sessions 42 MB before (table and phone
 * list of components; that run was noisy, the issue measured 4.2 MB in production) and 257 KB after (one lazy list);
 * demo size 1.7 MB before, 261 KB after. The now board (not reworked yet) 403 KB at demo size, 492–645 KB at 500.
 */
class ProgrammeBench extends KaribuTestBase {

    static final int UIS = 20;

    @Autowired ProgrammeFixtures programmes;

    @Test
    void heapPerOpenUi() {
        String demo = programmes.programmeOf(13, 4, 2, 60);
        String big = programmes.programmeOf(500, 10, 2, 30);

        report("empty page (app shell, event list)", UiHeap.bytesPerUi(UIS, () -> open("events")));
        report("programme, demo size (13 sessions)", UiHeap.bytesPerUi(UIS, () -> open("events/" + demo + "/schedule")));
        report("programme, 500 sessions", UiHeap.bytesPerUi(UIS, () -> open("events/" + big + "/schedule")));
        report("now board, demo size", UiHeap.bytesPerUi(UIS, () -> open("events/" + demo + "/now")));
        report("now board, 500 sessions", UiHeap.bytesPerUi(UIS, () -> open("events/" + big + "/now")));
    }

    /** Opens a page; a lazy list is asked for its first 50 lines, as the browser does when it shows. */
    @SuppressWarnings("unchecked")
    private static void open(String path) {
        UI.getCurrent().navigate(path);
        LocatorJ._find(VirtualList.class).forEach(list -> list.getDataCommunicator().setRequestedRange(0, 50));
    }

    private static void report(String what, long bytes) {
        System.out.printf(Locale.ROOT, "BENCH heap per open UI, %-40s %8.1f KB%n", what + ":", bytes / 1024.0);
    }
}
