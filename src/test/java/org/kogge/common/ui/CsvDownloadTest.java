package org.kogge.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kogge.common.Languages;
import org.springframework.mock.web.MockHttpServletRequest;

/** The language of a downloaded list: the page's, else the request's by the page rule, never a fixed German. */
class CsvDownloadTest {

    @Test
    void theFileSpeaksThePagesLanguage() {
        UI english = new UI();
        english.setLocale(Locale.UK);

        assertThat(CsvDownload.languageOf(english, request("de-DE", null))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void withoutAPageTheRequestDecidesByThePageRule() {
        assertThat(CsvDownload.languageOf(null, request("en-US,en;q=0.9", null))).isEqualTo(Locale.ENGLISH);
        assertThat(CsvDownload.languageOf(null, request("en-US,en;q=0.9", "de"))).isEqualTo(Locale.GERMAN);
        assertThat(CsvDownload.languageOf(null, request("fr", null))).isEqualTo(Languages.DEFAULT);
        assertThat(CsvDownload.languageOf(null, request(null, null))).isEqualTo(Languages.DEFAULT);
        assertThat(CsvDownload.languageOf(null, null)).isEqualTo(Languages.DEFAULT);
    }

    private static VaadinServletRequest request(String acceptLanguage, String chosen) {
        MockHttpServletRequest http = new MockHttpServletRequest("GET", "/");
        if (acceptLanguage != null) {
            http.addHeader("Accept-Language", acceptLanguage);
        }
        if (chosen != null) {
            http.setCookies(new Cookie(Languages.COOKIE, chosen));
        }
        return new VaadinServletRequest(http, null);
    }
}
