package org.kogge.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.testing.HeadingOutline.Heading;

class HeadingOutlineTest {

    @Test
    void oneH1FirstAndStepsDownOneLevelAtATime() {
        assertThat(HeadingOutline.findings(outline(1, 2, 3, 3, 2, 3, 4, 2))).isEmpty();
    }

    @Test
    void aSkippedLevelIsNamed() {
        assertThat(HeadingOutline.findings(outline(1, 2, 4))).singleElement().asString()
                .contains("h4 \"4\" follows h2 \"2\" (skips h3)");
    }

    @Test
    void noH1TwoH1sOrAHeadingBeforeTheH1AreFound() {
        assertThat(HeadingOutline.findings(outline(2, 3))).singleElement().asString().contains("0 h1 instead of one");
        assertThat(HeadingOutline.findings(outline(1, 2, 1))).singleElement().asString()
                .contains("2 h1 instead of one");
        assertThat(HeadingOutline.findings(outline(2, 1, 2))).singleElement().asString()
                .contains("h2 \"2\" comes before the h1");
    }

    /** Headings of these levels, each named by its level. */
    private static List<Heading> outline(int... levels) {
        return Arrays.stream(levels).mapToObj(l -> new Heading(l, String.valueOf(l))).toList();
    }
}
