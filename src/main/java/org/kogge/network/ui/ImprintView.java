package org.kogge.network.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.kogge.common.ui.PageTitles;
import org.kogge.network.LegalNotice;

/**
 * The legal notice (Impressum): who provides this site, how to reach them, from {@code kogge.legal.*}. Until the
 * operator has set it, the page says so, and tells admins which settings are missing.
 */
@Route("imprint")
@AnonymousAllowed
@Menu(order = 910, title = "nav.imprint", icon = "INFO_CIRCLE")
public class ImprintView extends VerticalLayout implements HasDynamicTitle {

    public ImprintView(LegalNotice legal, AuthenticationContext auth) {
        addClassNames("kogge-page", "kogge-narrow", "kogge-legal");
        add(new H1(getTranslation("legal.imprint.title")));
        if (!legal.complete()) {
            add(new Paragraph(getTranslation("legal.imprint.missing")));
            if (auth.hasRole("ADMIN")) {
                add(new Paragraph(getTranslation("legal.imprint.missing.admin")));
            }
            return;
        }
        add(new H2(getTranslation("legal.imprint.provider")), provider(legal));
        if (legal.representative() != null) {
            add(new Paragraph(getTranslation("legal.imprint.represented", legal.representative())));
        }
        add(new H2(getTranslation("legal.imprint.contact")), contacts(legal));
        add(new H2(getTranslation("legal.imprint.software.heading")),
                new Paragraph(getTranslation("legal.imprint.software")));
    }

    /** The operator's name and postal address, a line each. */
    static Div provider(LegalNotice legal) {
        Div address = new Div(line(legal.operator()));
        legal.addressLines().forEach(l -> address.add(line(l)));
        address.addClassName("kogge-address");
        return address;
    }

    private static Span line(String text) {
        Span line = new Span(text);
        line.addClassName("kogge-address-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("legal.imprint.title"));
    }

    /** E-mail and telephone, as links. */
    private Div contacts(LegalNotice legal) {
        Div contacts = new Div();
        contacts.addClassName("kogge-address");
        if (legal.email() != null) {
            contacts.add(labelled(getTranslation("legal.email"), new Anchor("mailto:" + legal.email(), legal.email())));
        }
        if (legal.phone() != null) {
            contacts.add(labelled(getTranslation("legal.phone"),
                    new Anchor("tel:" + legal.phone().replaceAll("[^+0-9]", ""), legal.phone())));
        }
        return contacts;
    }

    private static Span labelled(String label, Anchor link) {
        Span line = new Span();
        line.add(new Text(label + " "), link);
        line.addClassName("kogge-address-line");
        return line;
    }
}
