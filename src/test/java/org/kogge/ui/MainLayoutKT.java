package org.kogge.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kogge.account.PeopleDirectory;
import org.kogge.account.PersonDto;
import org.kogge.account.ui.PrivacyView;
import org.kogge.testing.Karibu;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class MainLayoutKT extends KaribuTestBase {

    @Autowired
    PeopleDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void viewsAreThemselvesNotProxiesOfMethodSecurity() {
        // Views are guarded by their access annotations (Vaadin's navigation access control); services by
        // @PreAuthorize. With JSR-250 method security on, Spring wrapped every view with @RolesAllowed or @PermitAll
        // in a CGLIB proxy: the router kept the proxy, whose final methods ran on a copy with no fields set.
        login(org.kogge.testing.Fixtures.ADMIN);
        UI.getCurrent().navigate("admin/cities");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .isNotEmpty()
                .noneMatch(org.springframework.aop.support.AopUtils::isAopProxy);
    }

    @Test
    void thePageTitleIsTheOnlyH1AndTheHeaderRepeatsItAsText() {
        UI.getCurrent().navigate("privacy");

        assertThat(_find(H1.class)).singleElement().extracting(H1::getText).isEqualTo("Datenschutz");
        HorizontalLayout header = _get(HorizontalLayout.class, s -> s.withClasses("kogge-header"));
        assertThat(_find(header, H1.class)).isEmpty();
        assertThat(_find(header, H2.class)).isEmpty();
        assertThat(_get(header, Span.class, s -> s.withClasses("kogge-view-title")).getText()).isEqualTo("Datenschutz");
    }

    @Test
    void theViewSitsInTheMainLandmarkThatTheFirstTabStopSkipsTo() {
        UI.getCurrent().navigate("privacy");

        Main main = _get(Main.class);
        assertThat(main.getId()).hasValue("kogge-main");
        assertThat(main.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(_get(main, PrivacyView.class)).isNotNull();
        HorizontalLayout header = _get(HorizontalLayout.class, s -> s.withClasses("kogge-header"));
        Anchor skip = (Anchor) header.getComponentAt(0);
        assertThat(skip.getText()).isEqualTo("Zum Inhalt springen");
        assertThat(skip.getHref()).isEqualTo("#kogge-main");

        UI.getCurrent().navigate("events");
        assertThat(_get(Main.class)).isSameAs(main);
        assertThat(_find(main, PrivacyView.class)).isEmpty();
        assertThat(_find(H1.class)).hasSize(1);
    }

    @Test
    void visitorsFindLoginAndSignUpInTheDrawerToo() {
        UI.getCurrent().navigate("events/schau-mal");
        Div drawer = _get(Div.class, s -> s.withClasses("kogge-drawer-auth"));
        _get(drawer, Button.class, s -> s.withText("Einloggen"));
        _get(_get(HorizontalLayout.class, s -> s.withClasses("kogge-auth-buttons")), Button.class,
                s -> s.withText("Einloggen"));

        _click(_get(drawer, Button.class, s -> s.withText("Registrieren")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("signup?return=events%2Fschau-mal");

        UI.getCurrent().navigate("events/schau-mal");
        _click(_get(_get(HorizontalLayout.class, s -> s.withClasses("kogge-auth-buttons")), Button.class,
                s -> s.withText("Einloggen")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .as("the login returns to the page it was opened from")
                .isEqualTo("login?return=events%2Fschau-mal");
    }

    @Test
    void errorPagesSayTheyAreErrorPagesInTheTab() {
        UI.getCurrent().navigate("events/gibt-es-nicht");

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Fehler: Nicht gefunden · Kogge");
        assertThat(_find(H1.class)).singleElement().extracting(H1::getText).isEqualTo("Nicht gefunden");
    }

    @Test
    void theDocumentsLanguageFollowsTheUi() {
        assertThat(langsSet()).containsExactly("de");

        english();
        UI.getCurrent().navigate("privacy");
        assertThat(langsSet()).containsExactly("en");
        assertThat(_get(Anchor.class, s -> s.withText("Skip to content")).getHref()).isEqualTo("#kogge-main");

        UI.getCurrent().setLocale(I18nProvider.GERMAN);
        assertThat(langsSet()).containsExactly("de");
    }

    @Test
    void aLoggedInPersonsLanguageChoiceIsRememberedForTheirMails() {
        PersonDto greta = fixtures.person("Greta Gans");
        login(greta.email());
        UI.getCurrent().navigate("privacy");

        Karibu._setValue(headerSwitch(), Locale.ENGLISH);

        assertThat(directory.mailContacts(List.of(greta.id())).get(greta.id()).language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void withoutAChoiceTheUiSpeaksTheBrowsersLanguageAndTheSwitchShowsIt() {
        openAsBrowser("en-US,en;q=0.9");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        UI.getCurrent().navigate("privacy");
        assertThat(_get(H1.class).getText()).isEqualTo("Privacy");
        assertThat(headerSwitch().getValue()).isEqualTo(Locale.ENGLISH);

        openAsBrowser("fr-FR,es;q=0.5");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        UI.getCurrent().navigate("privacy");
        assertThat(_get(H1.class).getText()).isEqualTo("Datenschutz");
        assertThat(headerSwitch().getValue()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void theLanguageChosenInTheSessionBeatsTheBrowsers() {
        openAsBrowser("en-US,en;q=0.9");
        UI.getCurrent().navigate("privacy");

        Karibu._setValue(headerSwitch(), Locale.GERMAN);
        UI.getCurrent().getPage().reload();

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void aLoggedInPersonsRememberedLanguageBeatsTheBrowsers() {
        PersonDto greta = fixtures.person("Greta Gans");
        jdbc.update("update person set preferred_locale = 'en' where id = ?", greta.id());
        login(greta.email());

        openAsBrowser("de-DE,de;q=0.9");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        UI.getCurrent().navigate("privacy");
        assertThat(headerSwitch().getValue()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void onAPhoneTheLanguageSwitchIsInTheDrawerAndWorksTheSame() {
        // Two switches: the header's (wide screens) and the drawer's (phones; the stylesheet shows one of them).
        PersonDto greta = fixtures.person("Greta Gans");
        login(greta.email());
        UI.getCurrent().navigate("privacy");
        Div drawer = _get(Div.class, s -> s.withClasses("kogge-drawer-language"));
        LanguageSwitch inDrawer = _get(drawer, LanguageSwitch.class);

        assertThat(_find(LanguageSwitch.class)).hasSize(2);
        assertThat(inDrawer.getLabel()).isEqualTo("Sprache");
        assertThat(inDrawer.getValue()).isEqualTo(headerSwitch().getValue()).isEqualTo(Locale.GERMAN);

        Karibu._setValue(inDrawer, Locale.ENGLISH);

        assertThat(directory.mailContacts(List.of(greta.id())).get(greta.id()).language()).isEqualTo(Locale.ENGLISH);
        UI.getCurrent().getPage().reload();
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void thePersonsMenuShowsInitialsAndNameAndIsNamedForScreenReaders() {
        login(fixtures.person("Greta Gans").email());
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("privacy");

        com.vaadin.flow.component.menubar.MenuBar menu = _get(com.vaadin.flow.component.menubar.MenuBar.class,
                s -> s.withClasses("kogge-user-menu"));
        var root = menu.getItems().getFirst();
        assertThat(root.getElement().getAttribute("aria-label")).isEqualTo("Benutzermenü von Greta Gans");
        assertThat(_get(menu, com.vaadin.flow.component.avatar.Avatar.class).getName()).isEqualTo("Greta Gans");
        assertThat(_get(menu, Span.class, s -> s.withClasses("kogge-user-name")).getText()).isEqualTo("Greta Gans");
    }

    private static LanguageSwitch headerSwitch() {
        return _get(_get(HorizontalLayout.class, s -> s.withClasses("kogge-header-actions")), LanguageSwitch.class);
    }

    /**
     * A new page in a browser that sends {@code acceptLanguage} and has made no choice yet (the base class makes one,
     * German, so that the other tests read German whatever the machine's locale).
     */
    private static void openAsBrowser(String acceptLanguage) {
        VaadinSession.getCurrent().setAttribute(LanguageSwitch.COOKIE, null);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.getHeaders().put("Accept-Language", List.of(acceptLanguage));
        UI.getCurrent().getPage().reload();
    }

    /** The languages the server has told the browser to put into {@code <html lang>} since the last look. */
    private static List<Object> langsSet() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(i -> i.getExpression().contains("document.documentElement.lang"))
                .map(i -> i.getParameters().getFirst())
                .toList();
    }
}
