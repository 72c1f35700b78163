package org.kogge.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuestSearchTest {

    @Test
    void foldsCaseAccentsAndUmlautSpellings() {
        assertThat(GuestSearch.fold("Müller")).isEqualTo(GuestSearch.fold("MUELLER"));
        assertThat(GuestSearch.fold("Straße")).isEqualTo("strasse");
        assertThat(GuestSearch.fold("José")).isEqualTo("jose");
        assertThat(GuestSearch.words("Anne-Marie  von Öhlen")).containsExactly("anne", "marie", "von", "ohlen");
    }

    @Test
    void oneEditIsForgiven() {
        assertThat(GuestSearch.distanceAtMostOne("schmidt", "schmitt")).isTrue();
        assertThat(GuestSearch.distanceAtMostOne("shcmidt", "schmidt")).isTrue();
        assertThat(GuestSearch.distanceAtMostOne("schmdt", "schmidt")).isTrue();
        assertThat(GuestSearch.distanceAtMostOne("schmiddt", "schmidt")).isTrue();
        assertThat(GuestSearch.distanceAtMostOne("shcmitd", "schmidt")).isFalse();
    }

    @Test
    void matchesRankExactBeforeFuzzy() {
        assertThat(GuestSearch.match("schm", "Anna Schmidt")).isEqualTo(GuestSearch.EXACT);
        assertThat(GuestSearch.match("scmh", "Anna Schmidt")).isEqualTo(GuestSearch.FUZZY);
        assertThat(GuestSearch.match("anna schm", "Anna Schmidt")).isEqualTo(GuestSearch.EXACT);
        assertThat(GuestSearch.match("anna kiel", "Anna Schmidt")).isEqualTo(GuestSearch.NONE);
        assertThat(GuestSearch.match("", "Anna Schmidt")).isEqualTo(GuestSearch.NONE);
        assertThat(GuestSearch.match("sx", "Anna Schmidt")).isEqualTo(GuestSearch.NONE);
    }
}
