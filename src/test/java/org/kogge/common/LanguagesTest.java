package org.kogge.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The rule that picks a page's language: a choice wins, else the browser's best supported match, else German. */
class LanguagesTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" gives {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "en-US,en;q=0.9          | en",
            "fr-FR,en;q=0.5          | en",
            "fr                      | de",
            "de-AT                   | de",
            "null                    | de",
            "''                      | de",
            "de;q=0.1, en;q=0.8      | en",
            "en;q=0.4,de;q=0.6       | de",
            "de-CH,de;q=0.9,en;q=0.8 | de",
            "EN-gb                   | en",
            "fr;q=0.9,*;q=0.5        | de",
            "en;q=0                  | de",
            "x;;;                    | de",
    })
    void withoutAChoiceTheBrowsersBestSupportedLanguageElseGerman(String acceptLanguage, String expected) {
        assertThat(Languages.forPage(Optional.empty(), acceptLanguage)).isEqualTo(Locale.forLanguageTag(expected));
        assertThat(Languages.fromAcceptLanguage(acceptLanguage)).isEqualTo(Locale.forLanguageTag(expected));
    }

    @Test
    void aChoiceBeatsTheBrowser() {
        assertThat(Languages.forPage(Optional.of(Locale.GERMAN), "en-US,en;q=0.9")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.forPage(Optional.of(Locale.ENGLISH), "de-DE")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.forPage(Optional.of(Locale.UK), null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void onlyASupportedLanguageCountsAsAChoice() {
        assertThat(Languages.chosen("en")).contains(Locale.ENGLISH);
        assertThat(Languages.chosen(" de-DE ")).contains(Locale.GERMAN);
        assertThat(Languages.chosen("fr")).isEmpty();
        assertThat(Languages.chosen("")).isEmpty();
        assertThat(Languages.chosen(null)).isEmpty();
        assertThat(Languages.chosen("%%%")).isEmpty();
    }

    @Test
    void theSwitchsCookieIsTheChoice() {
        assertThat(Languages.chosenIn(new Cookie[] {new Cookie("JSESSIONID", "x"), new Cookie(Languages.COOKIE, "en")}))
                .contains(Locale.ENGLISH);
        assertThat(Languages.chosenIn(new Cookie[] {new Cookie(Languages.COOKIE, "fr")})).isEmpty();
        assertThat(Languages.chosenIn(new Cookie[] {new Cookie("other", "en")})).isEmpty();
        assertThat(Languages.chosenIn(null)).isEmpty();
    }
}
