package org.kogge.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kogge.account.ui.PrivacyView;
import org.kogge.network.LegalNotice;
import org.kogge.network.NetworkService;
import org.kogge.testing.Fixtures;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The legal notice (Impressum), the accessibility statement and the privacy notice's controller: as a fresh install
 * shows them (nothing set), and with the operator's settings.
 */
class LegalPagesKT extends KaribuTestBase {

    private static final LegalNotice NOTHING = new LegalNotice(null, null, null, null, null, null, null, null, null,
            null, null);
    private static final LegalNotice LUEBECK = new LegalNotice("Hansestadt Lübeck", "Breite Straße 62; 23552 Lübeck",
            "Der Bürgermeister", "kogge@luebeck.example", "+49 451 122-0", "datenschutz@luebeck.example",
            "barrierefrei@luebeck.example", "die Ombudsstelle für Barrierefreiheit des Landes Schleswig-Holstein",
            "https://www.example.org/ombudsstelle", LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 15));

    @Autowired
    NetworkService network;
    @Autowired
    AuthenticationContext auth;

    @Test
    void beforeTheOperatorEntersItTheImprintSaysSoAndTellsOnlyAdminsWhatToSet() {
        UI.getCurrent().navigate("imprint");

        assertThat(_get(H1.class).getText()).isEqualTo("Impressum");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Impressum · Kogge");
        _get(Paragraph.class, s -> s.withPredicate(p -> p.getText().startsWith("Die Angaben zum Anbieter dieser Seite sind noch nicht hinterlegt.")));
        assertThat(_find(Paragraph.class, s -> s.withPredicate(p -> p.getText().contains("KOGGE_LEGAL_OPERATOR")))).isEmpty();

        login(Fixtures.ADMIN);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("imprint");
        assertThat(_get(Paragraph.class, s -> s.withPredicate(p -> p.getText().contains("KOGGE_LEGAL_OPERATOR"))).getText())
                .contains("KOGGE_LEGAL_ADDRESS", "KOGGE_LEGAL_EMAIL");
    }

    @Test
    void theImprintNamesTheProviderTheirAddressAndHowToReachThem() {
        UI.getCurrent().add(new ImprintView(LUEBECK, auth));

        assertThat(_find(Span.class, s -> s.withClasses("kogge-address-line")).stream().map(Span::getText).toList())
                .startsWith("Hansestadt Lübeck", "Breite Straße 62", "23552 Lübeck");
        _get(Paragraph.class, s -> s.withText("Vertreten durch: Der Bürgermeister"));
        assertThat(_get(Anchor.class, s -> s.withText("kogge@luebeck.example")).getHref())
                .isEqualTo("mailto:kogge@luebeck.example");
        assertThat(_get(Anchor.class, s -> s.withText("+49 451 122-0")).getHref()).isEqualTo("tel:+494511220");
    }

    @Test
    void theAccessibilityStatementNamesGapsAndWhereToReportABarrier() {
        fixtures.as(Fixtures.ADMIN, () -> network.renameNetwork("Smarte Hanse"));
        UI.getCurrent().navigate("accessibility");

        assertThat(_get(H1.class).getText()).isEqualTo("Erklärung zur Barrierefreiheit");
        _get(Paragraph.class, s -> s.withPredicate(p -> p.getText().startsWith("Smarte Hanse ist bemüht")
                && p.getText().contains("WCAG) 2.1, Stufe AA")));
        _get(Paragraph.class, s -> s.withText("Diese Plattform ist mit den Anforderungen teilweise vereinbar. "
                + "Die Inhalte, die noch nicht barrierefrei sind, stehen unten."));
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .anyMatch(t -> t.contains("Leichter Sprache"))
                .anyMatch(t -> t.startsWith("Texte, die Nutzende selbst schreiben"));
        // Nothing set: the organizers are the contact, and the federal conciliation body is named.
        _get(Paragraph.class, s -> s.withPredicate(p -> p.getText().endsWith("Wenden Sie sich an die Organisation Ihrer Veranstaltung.")));
        assertThat(_get(Anchor.class, s -> s.withText("Schlichtungsstelle nach dem Behindertengleichstellungsgesetz"))
                .getHref()).isEqualTo(AccessibilityView.FEDERAL_CONCILIATION);
    }

    @Test
    void theOperatorsFeedbackContactAndEnforcementBodyAreLinked() {
        UI.getCurrent().add(new AccessibilityView(LUEBECK, network, auth));

        _get(Paragraph.class, s -> s.withPredicate(p -> p.getText().startsWith("Hansestadt Lübeck ist bemüht")));
        assertThat(_get(Anchor.class, s -> s.withText("barrierefrei@luebeck.example")).getHref())
                .isEqualTo("mailto:barrierefrei@luebeck.example");
        _get(Paragraph.class, s -> s.withText("Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort erhalten, "
                + "können Sie sich an die Ombudsstelle für Barrierefreiheit des Landes Schleswig-Holstein wenden."));
        assertThat(_get(Anchor.class, s -> s.withText("https://www.example.org/ombudsstelle")).getHref())
                .isEqualTo("https://www.example.org/ombudsstelle");
        assertThat(_find(Anchor.class, s -> s.withText("Schlichtungsstelle nach dem Behindertengleichstellungsgesetz"))).isEmpty();
    }

    @Test
    void theStatementSaysWhenItWasPreparedAndLastReviewedInTheReadersLanguage() {
        UI.getCurrent().add(new AccessibilityView(LUEBECK, network, auth));
        _get(Paragraph.class, s -> s.withText("Diese Erklärung wurde am 7. Dezember 2026 erstellt."));
        _get(Paragraph.class, s -> s.withText("Die Erklärung wurde zuletzt am 15. Januar 2027 überprüft."));
        assertThat(_find(Paragraph.class, s -> s.withPredicate(p -> p.getText().contains("hinterlegt")))).isEmpty();

        UI.getCurrent().removeAll();
        english();
        UI.getCurrent().add(new AccessibilityView(LUEBECK, network, auth));
        _get(Paragraph.class, s -> s.withText("This statement was prepared on 7 December 2026."));
        _get(Paragraph.class, s -> s.withText("The statement was last reviewed on 15 January 2027."));
    }

    @Test
    void anUndatedStatementSaysSoAndTellsOnlyAdminsWhatToSet() {
        UI.getCurrent().navigate("accessibility");
        _get(Paragraph.class, s -> s.withText("Wann diese Erklärung erstellt wurde, ist noch nicht hinterlegt."));
        _get(Paragraph.class, s -> s.withText("Wann die Erklärung zuletzt überprüft wurde, ist noch nicht hinterlegt."));
        assertThat(_find(Paragraph.class, s -> s.withPredicate(p -> p.getText().contains("KOGGE_LEGAL_STATEMENT")))).isEmpty();

        login(Fixtures.ADMIN);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("accessibility");
        assertThat(_get(Paragraph.class, s -> s.withPredicate(p -> p.getText().contains("KOGGE_LEGAL_STATEMENT_PREPARED")))
                .getText()).contains("KOGGE_LEGAL_STATEMENT_REVIEWED", "2026-12-07");
    }

    @Test
    void thePrivacyNoticeNamesTheControllerAndTheDataProtectionOfficerOnceSet() {
        fixtures.as(Fixtures.ADMIN, () -> network.renameNetwork("Smarte Hanse"));
        UI.getCurrent().add(new PrivacyView(network, LUEBECK));

        _get(Paragraph.class, s -> s.withText("Verantwortlich für die Daten ist Hansestadt Lübeck, Breite Straße 62, "
                + "23552 Lübeck, E-Mail kogge@luebeck.example. Fragen zum Datenschutz richten Sie an diese Adresse oder an "
                + "die Organisation einer Veranstaltung. Die oder den Datenschutzbeauftragten erreichen Sie unter "
                + "datenschutz@luebeck.example."));

        UI.getCurrent().removeAll();
        UI.getCurrent().add(new PrivacyView(network, NOTHING));
        _get(Paragraph.class, s -> s.withPredicate(p -> p.getText().startsWith("Verantwortlich für die Daten ist das Netzwerk Smarte Hanse")));
    }

    @Test
    void englishVisitorsReadTheLegalPagesInEnglish() {
        english();
        UI.getCurrent().navigate("imprint");
        assertThat(_get(H1.class).getText()).isEqualTo("Legal notice");

        UI.getCurrent().navigate("accessibility");
        assertThat(_get(H1.class).getText()).isEqualTo("Accessibility statement");
        _get(Paragraph.class, s -> s.withText("This platform is partially compliant. The content that is not accessible "
                + "yet is listed below."));
    }

    @Test
    void settingsAreTrimmedTheAddressSplitIntoLinesAndTheFeedbackFallsBackToTheContact() {
        LegalNotice legal = new LegalNotice(" Stadt Kiel ", "Fleethörn 9 ;\n24103 Kiel", " ", "kogge@kiel.example", "",
                null, "  ", null, null, null, null);

        assertThat(legal.operator()).isEqualTo("Stadt Kiel");
        assertThat(legal.representative()).isNull();
        assertThat(legal.addressLines()).containsExactly("Fleethörn 9", "24103 Kiel");
        assertThat(legal.feedbackContact()).contains("kogge@kiel.example");
        assertThat(legal.complete()).isTrue();
        assertThat(legal.missingWarning(false)).isEmpty();
        assertThat(NOTHING.complete()).isFalse();
        assertThat(NOTHING.feedbackContact()).isEmpty();
        assertThat(NOTHING.missingWarning(true)).isEmpty();
        assertThat(NOTHING.missingWarning(false)).get().asString().contains("KOGGE_LEGAL_OPERATOR");
        assertThat(legal.statementDated()).isFalse();
        assertThat(legal.undatedStatementWarning(false)).get().asString().contains("KOGGE_LEGAL_STATEMENT_PREPARED");
        assertThat(legal.undatedStatementWarning(true)).isEmpty();
        assertThat(LUEBECK.undatedStatementWarning(false)).isEmpty();
    }
}
