package org.kogge.ceremony.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kogge.ceremony.CeremonyContent;
import org.kogge.ceremony.GuestRow;
import org.kogge.common.BaseUrl;
import org.kogge.common.Formats;
import org.kogge.common.ui.FormErrors;

/**
 * A guest's personal link: to copy, or to send with the organizer's own mail program (the fallback beside Kogge's
 * invitation mail); or to renew, when the old link went astray.
 */
class InvitationLinkDialog extends Dialog {

    private final CeremonyContent ceremony;

    /**
     * @param renew   renews the guest's link and returns the guest with the new one
     * @param renewed what follows a renewal, after this dialog closed
     */
    InvitationLinkDialog(CeremonyContent ceremony, GuestRow g, BaseUrl baseUrl, Supplier<GuestRow> renew,
                         Consumer<GuestRow> renewed) {
        this.ceremony = ceremony;
        setHeaderTitle(getTranslation("ceremony.link.title", g.name()));
        TextField field = new TextField(getTranslation("ceremony.link.field"));
        field.setValue(g.link());
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("kogge-invitation-link");
        Button copy = new Button(getTranslation("ceremony.link.copy"), VaadinIcon.COPY.create(), e -> {
            getElement().executeJs("if (navigator.clipboard) { navigator.clipboard.writeText($0); }", g.link());
            FormErrors.success(getTranslation("ceremony.link.copied"));
        });
        Anchor mail = new Anchor(mailto(g, baseUrl), getTranslation("ceremony.link.mailto"));
        mail.addClassName("kogge-invitation-mailto");
        Button renewButton = new Button(getTranslation("ceremony.link.renew"), e -> {
            GuestRow fresh = renew.get();
            close();
            FormErrors.success(getTranslation("ceremony.link.renewed"));
            renewed.accept(fresh);
        });
        renewButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph hint = new Paragraph(getTranslation("ceremony.link.hint"));
        add(new VerticalLayout(hint, field, new HorizontalLayout(copy, mail)));
        Button close = new Button(getTranslation("ceremony.edit.close"), e -> close());
        getFooter().add(renewButton, close);
        setWidth("min(40rem, 95vw)");
    }

    /** The mail leaves the browser: its link uses the configured public address (see BaseUrl). */
    private String mailto(GuestRow g, BaseUrl baseUrl) {
        String subject = getTranslation("ceremony.link.mail.subject", ceremony.title());
        String body = getTranslation("ceremony.link.mail.body", g.name(), ceremony.title(),
                Formats.range(ceremony.startsAt(), ceremony.endsAt(), ceremony.zone(), getLocale()),
                baseUrl.external(g.link()));
        return "mailto:" + encode(g.email()).replace("%40", "@") + "?subject=" + encode(subject) + "&body=" + encode(body);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
