package org.kogge.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The search's fold: one word however umlauts, ß and accents are written, combining marks included. */
class SearchFoldTest {

    /** "ü" and "ä" written as the plain letter and a combining diaeresis (U+0308), as text pasted from a Mac is. */
    private static final String DECOMPOSED = "Stra\u00dfenba\u0308ume bei Mu\u0308ller";

    @Test
    void combiningMarksFoldAsTheComposedLetters() {
        assertThat(DECOMPOSED).isNotEqualTo("Straßenbäume bei Müller");
        assertThat(Normalizer.normalize(DECOMPOSED, Normalizer.Form.NFC)).isEqualTo("Straßenbäume bei Müller");
        assertThat(SearchFold.fold(DECOMPOSED)).isEqualTo(SearchFold.fold("Straßenbäume bei Müller"))
                .isEqualTo("strassenbaume bei muller");
    }

    @Test
    void umlautsSpeltOutPlainOrWithMarksAndSharpSAreOneWord() {
        for (String s : new String[] {"Straßenbäume", "STRASSENBAEUME", "strassenbaume", "Strassenba\u0308ume",
                "STRAẞENBÄUME"}) {
            assertThat(SearchFold.fold(s)).as(s).isEqualTo("strassenbaume");
        }
        for (String s : new String[] {"Müller", "Mueller", "Muller", "MÜLLER", "Mu\u0308ller"}) {
            assertThat(SearchFold.fold(s)).as(s).isEqualTo("muller");
        }
        assertThat(SearchFold.fold("Öl Œuvre Ærø Łódź İzmir")).isEqualTo("ol ouvre aro lodz izmir");
        assertThat(SearchFold.fold("Café CAFE\u0301")).isEqualTo("cafe cafe");
    }

    @Test
    void otherCharactersStayAsTheyAre() {
        assertThat(SearchFold.fold("Möller")).isNotEqualTo(SearchFold.fold("Müller"));
        assertThat(SearchFold.fold("🌊 100% a_b")).isEqualTo("🌊 100% a_b");
        assertThat(SearchFold.fold("Ελλάδα")).isEqualTo("ελλαδα");
        assertThat(SearchFold.fold(null)).isNull();
    }
}
