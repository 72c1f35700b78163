package org.kogge.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.UiHeap;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The light check of issue 12 for the now board in every build: ten beamers and phones keep the now board of a
 * programme of 500 sessions (10 rooms, 2 days) open; each must stay within a generous bound (the goal is 300 KB,
 * see OpenPageHeapBench), so that a component tree per session cannot come back unnoticed.
 */
class NowBoardHeapTest extends KaribuTestBase {

    @Autowired ProgrammeFixtures programmes;

    @Test
    void anOpenNowBoardOf500SessionsStaysLight() {
        String slug = programmes.programmeOf(500, 10, 2, 30);

        long bytes = UiHeap.bytesPerUi(10, () -> UI.getCurrent().navigate("events/" + slug + "/now"));

        _get(NowBoardView.class);
        assertThat(UiHeap.kilobytes(bytes)).as("KB per open now board of 500 sessions").isLessThanOrEqualTo(600);
    }
}
