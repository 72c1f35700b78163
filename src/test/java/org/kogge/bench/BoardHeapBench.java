package org.kogge.bench;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kogge.testing.BoardFixtures;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.UiHeap;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Heap per open proposal board UI (issue 12, goal 1: at most 150 KB at demo size, 300 KB at 500 proposals), for an
 * anonymous visitor. Run with {@code ./mvnw -Pbench test -Dtest=BoardHeapBench}; prints its figures.
 */
class BoardHeapBench extends KaribuTestBase {

    @Autowired BoardFixtures boards;

    @Test
    void heapPerOpenBoard() {
        String demo = boards.board(20);
        String big = boards.board(500);
        String demoRoute = "events/" + demo + "/proposals";
        String bigRoute = "events/" + big + "/proposals";
        // A first round fills what grows once in a fresh JVM (caches, pools); the second round is the figure.
        long[] demoBytes = new long[2];
        long[] bigBytes = new long[2];
        for (int round = 0; round < 2; round++) {
            demoBytes[round] = UiHeap.bytesPerUi(20, () -> UI.getCurrent().navigate(demoRoute));
            bigBytes[round] = UiHeap.bytesPerUi(20, () -> UI.getCurrent().navigate(bigRoute));
        }
        System.out.printf(Locale.ROOT, "%n=== Kogge board heap benchmark (%s) ===%n", fixtures.databaseName());
        System.out.printf(Locale.ROOT, "heap per open board UI, 20 proposals: %d KB (goal <= 150 KB; first round %d KB)%n",
                UiHeap.kilobytes(demoBytes[1]), UiHeap.kilobytes(demoBytes[0]));
        System.out.printf(Locale.ROOT, "heap per open board UI, 500 proposals: %d KB (goal <= 300 KB; first round %d KB)%n",
                UiHeap.kilobytes(bigBytes[1]), UiHeap.kilobytes(bigBytes[0]));
        System.out.println("===");
    }
}
