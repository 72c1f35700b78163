package org.kogge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * Deutsch / English, showing the language the page is in (the browser's until a person chooses). The choice is kept in
 * a cookie and applies at once (the page reloads in the new language); for a logged-in person it is also remembered
 * with the account, so that their mails and, after a login elsewhere, their pages follow it.
 */
public class LanguageSwitch extends Select<Locale> {

    public static final String COOKIE = org.kogge.common.Languages.COOKIE;

    /** @param remember told of each choice a person makes (remembers it with their account when logged in) */
    public LanguageSwitch(SerializableConsumer<Locale> remember) {
        setItems(I18nProvider.LOCALES);
        setItemLabelGenerator(l -> l.getLanguage().equals("en") ? "English" : "Deutsch");
        setAriaLabel(getTranslation("nav.language"));
        setValue(I18nProvider.supported(UI.getCurrent().getLocale()));
        addClassName("kogge-language");
        setWidth("8.5em");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                remember.accept(e.getValue());
                choose(e.getValue());
            }
        });
    }

    static void choose(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        VaadinSession.getCurrent().setAttribute(COOKIE, locale);
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; samesite=lax';"
                + " window.location.reload();", COOKIE, locale.getLanguage());
    }
}
