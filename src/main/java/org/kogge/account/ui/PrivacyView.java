package org.kogge.account.ui;

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
import org.kogge.common.ui.PageTitles;
import org.kogge.network.LegalNotice;
import org.kogge.network.NetworkService;

/** The privacy notice: what Kogge stores, why, for how long, the person's rights, cookies; no tracking. */
@Route("privacy")
@AnonymousAllowed
@Menu(order = 900, title = "nav.privacy", icon = "LOCK")
public class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    public PrivacyView(NetworkService network, LegalNotice legal) {
        addClassNames("kogge-page", "kogge-narrow");
        String networkName = network.networkName();
        add(new H1(getTranslation("privacy.title")),
                new Paragraph(getTranslation("privacy.intro", networkName)),

                new H2(getTranslation("privacy.controller.heading")),
                controller(legal, networkName),

                new H2(getTranslation("privacy.data.heading")),
                new Paragraph(getTranslation("privacy.data.text")),
                new UnorderedList(
                        new ListItem(getTranslation("privacy.data.account")),
                        new ListItem(getTranslation("privacy.data.password")),
                        new ListItem(getTranslation("privacy.data.registrations")),
                        new ListItem(getTranslation("privacy.data.contributions")),
                        new ListItem(getTranslation("privacy.data.logins"))),

                new H2(getTranslation("privacy.purpose.heading")),
                new Paragraph(getTranslation("privacy.purpose.text")),

                new H2(getTranslation("privacy.visible.heading")),
                new Paragraph(getTranslation("privacy.visible.text")),

                new H2(getTranslation("privacy.cookies.heading")),
                new UnorderedList(
                        new ListItem(getTranslation("privacy.cookies.session")),
                        new ListItem(getTranslation("privacy.cookies.language"))),
                new Paragraph(getTranslation("privacy.tracking")),

                new H2(getTranslation("privacy.rights.heading")),
                new Paragraph(getTranslation("privacy.rights.text")),
                new Anchor("account", getTranslation("privacy.rights.link")),
                new Paragraph(getTranslation("privacy.retention")));
    }

    /**
     * Who is responsible (Art. 13 GDPR): the provider with address and contact from the legal notice's settings, and
     * the data protection officer if there is one; the network in general words until they are set.
     */
    private Paragraph controller(LegalNotice legal, String networkName) {
        if (!legal.complete()) {
            return new Paragraph(getTranslation("privacy.controller.text", networkName));
        }
        Paragraph p = new Paragraph(getTranslation("privacy.controller.named", legal.operator(),
                String.join(", ", legal.addressLines()), legal.email()));
        if (legal.privacyOfficer() != null) {
            p.add(" " + getTranslation("privacy.controller.officer", legal.privacyOfficer()));
        }
        return p;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("privacy.title"));
    }
}
