package org.kogge.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void joinPresentLeavesOutMissingAndBlankParts() {
        assertThat(Texts.joinPresent(", ", "Media Docks", null, " ", "Willy-Brandt-Allee 31"))
                .isEqualTo("Media Docks, Willy-Brandt-Allee 31");
        assertThat(Texts.joinPresent(", ", null, "Rathaus")).isEqualTo("Rathaus");
    }

    @Test
    void joinPresentOfNothingIsEmpty() {
        assertThat(Texts.joinPresent(", ", null, "", "  ")).isEmpty();
        assertThat(Texts.joinPresent(", ")).isEmpty();
    }
}
