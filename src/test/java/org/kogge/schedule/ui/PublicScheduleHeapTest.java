package org.kogge.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.UiHeap;
import org.kogge.testing.ProgrammeFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The light version of {@code OpenPageHeapBench} that runs with every build: twenty visitors keep the programme of 500
 * sessions (10 rooms, 2 days) open; each open page must stay far below the 4 MB it took when every card was a
 * component tree (the goal is 300 KB; the bound here is generous so that a busy machine does not fail it).
 */
class PublicScheduleHeapTest extends KaribuTestBase {

    static final long BOUND = 600 * 1024;
    /** Twenty rather than ten: the figure is a difference of two heap readings, divided by this. */
    static final int UIS = 20;

    @Autowired ProgrammeFixtures programmes;

    @Test
    void openProgrammesOf500SessionsStayLight() {
        String slug = programmes.programmeOf(500, 10, 2, 30);

        long perUi = UiHeap.bytesPerUi(UIS, () -> openAsAPhoneDoes(slug));

        assertThat(perUi).as("heap per open programme at 500 sessions").isLessThanOrEqualTo(BOUND);
    }

    /** Opens the programme and asks for its first 50 lines, as the browser's list does when it shows. */
    static void openAsAPhoneDoes(String slug) {
        UI.getCurrent().navigate("events/" + slug + "/schedule");
        ProgrammeList list = _get(ProgrammeList.class);
        assertThat(VirtualListsKt._size(list)).isEqualTo(2 + 50);
        list.getDataCommunicator().setRequestedRange(0, 50);
    }
}
