package org.kogge.network.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.LocalDate;
import org.kogge.common.Formats;
import org.kogge.common.ui.PageTitles;
import org.kogge.network.LegalNotice;
import org.kogge.network.NetworkService;

/**
 * The accessibility statement that public bodies in Germany publish (§ 12b BGG, BITV 2.0, in the structure of the
 * EU's model statement): how far the platform meets WCAG 2.1 AA, what is not accessible yet, how it was assessed,
 * where to report a barrier, and where to turn when that gets no satisfying answer.
 */
@Route("accessibility")
@AnonymousAllowed
@Menu(order = 920, title = "nav.accessibility", icon = "GLASSES")
public class AccessibilityView extends VerticalLayout implements HasDynamicTitle {

    /** The federal conciliation body; the Länder have their own, which the operator names in kogge.legal.*. */
    static final String FEDERAL_CONCILIATION = "https://www.schlichtungsstelle-bgg.de";

    public AccessibilityView(LegalNotice legal, NetworkService network, AuthenticationContext auth) {
        addClassNames("kogge-page", "kogge-narrow", "kogge-legal");
        String provider = legal.operator() != null ? legal.operator() : network.networkName();
        add(new H1(getTranslation("legal.a11y.title")),
                new Paragraph(getTranslation("legal.a11y.intro", provider)),

                new H2(getTranslation("legal.a11y.status.heading")),
                new Paragraph(getTranslation("legal.a11y.status")),

                new H2(getTranslation("legal.a11y.gaps.heading")),
                new UnorderedList(
                        new ListItem(getTranslation("legal.a11y.gaps.user-content")),
                        new ListItem(getTranslation("legal.a11y.gaps.files")),
                        new ListItem(getTranslation("legal.a11y.gaps.easy-language"))),

                new H2(getTranslation("legal.a11y.method.heading")),
                dated(legal.statementPrepared(), "legal.a11y.prepared", "legal.a11y.prepared.missing"),
                new Paragraph(getTranslation("legal.a11y.method")),
                dated(legal.statementReviewed(), "legal.a11y.reviewed", "legal.a11y.reviewed.missing"));
        if (!legal.statementDated() && auth.hasRole("ADMIN")) {
            add(new Paragraph(getTranslation("legal.a11y.dates.missing.admin")));
        }

        add(new H2(getTranslation("legal.a11y.feedback.heading")));
        legal.feedbackContact().ifPresentOrElse(
                contact -> add(new Paragraph(getTranslation("legal.a11y.feedback")),
                        new Anchor("mailto:" + contact, contact)),
                () -> add(new Paragraph(getTranslation("legal.a11y.feedback.none"))));

        add(new H2(getTranslation("legal.a11y.enforcement.heading")));
        if (legal.enforcementBody() != null) {
            add(new Paragraph(getTranslation("legal.a11y.enforcement.named", legal.enforcementBody())));
            if (legal.enforcementUrl() != null) {
                add(new Anchor(legal.enforcementUrl(), legal.enforcementUrl()));
            }
        } else {
            add(new Paragraph(getTranslation("legal.a11y.enforcement.general")),
                    new Anchor(FEDERAL_CONCILIATION, getTranslation("legal.a11y.enforcement.federal")));
        }
    }

    /** "Diese Erklärung wurde am 7. Dezember 2026 erstellt.", or that the date has not been entered yet. */
    private Paragraph dated(LocalDate date, String key, String missingKey) {
        return new Paragraph(date == null ? getTranslation(missingKey)
                : getTranslation(key, Formats.longDate(date, getLocale())));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("legal.a11y.title"));
    }
}
