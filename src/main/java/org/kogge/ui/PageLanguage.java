package org.kogge.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;

/**
 * Keeps the document's {@code <html lang>} on the UI's language (WCAG 3.1.1): set when the UI starts and again
 * whenever its locale changes (MainLayout observes that), so screen readers and the browser's hyphenation use the language the page is in.
 */
final class PageLanguage {

    private PageLanguage() {
    }

    static void set(UI ui, Locale locale) {
        ui.getPage().executeJs("document.documentElement.lang = $0", I18nProvider.supported(locale).getLanguage());
    }
}
