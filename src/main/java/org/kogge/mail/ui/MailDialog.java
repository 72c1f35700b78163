package org.kogge.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.FormErrors;
import org.kogge.mail.MailAdminService;
import org.kogge.mail.MailAttachment;
import org.kogge.mail.MailDetail;
import org.kogge.mail.MailState;

/**
 * One mail for an admin: its facts, the text, the HTML in a sandboxed frame (its own document without scripts,
 * forms or same-origin rights, so a mail's HTML can do nothing to the page), and its attachments to download.
 */
class MailDialog extends Dialog {

    MailDialog(MailAdminService service, MailDetail mail, ZoneId zone, Runnable changed) {
        setHeaderTitle(mail.subject());
        setWidth("min(60em, 95vw)");
        String state = getTranslation(mail.state().messageKey());
        add(new Paragraph(getTranslation("mail.admin.detail.facts", mail.recipient(),
                mail.captured() ? getTranslation("mail.admin.state.captured", state) : state, mail.attempts(),
                Formats.dateTime(mail.createdAt(), zone, getLocale()))));
        if (mail.lastError() != null) {
            add(new Paragraph(getTranslation("mail.admin.detail.error", mail.lastError())));
        }
        if (mail.rendered()) {
            addBodies(mail);
        } else {
            add(new Paragraph(getTranslation("mail.admin.detail.not-rendered")));
        }
        if (!mail.files().isEmpty()) {
            add(new H3(getTranslation("mail.admin.detail.files")));
            mail.files().forEach(file -> add(new Paragraph(download(service, file))));
        }
        if (mail.state() == MailState.FAILED) {
            Button again = new Button(getTranslation("mail.admin.again"), e -> {
                try {
                    service.sendAgain(mail.id());
                    FormErrors.success(getTranslation("mail.admin.again.done"));
                    changed.run();
                    close();
                } catch (InvalidInputException ex) {
                    FormErrors.show(this, ex, java.util.Map.of());
                }
            });
            again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(again);
        }
        getFooter().add(new Button(getTranslation("mail.admin.close"), e -> close()));
    }

    private void addBodies(MailDetail mail) {
        add(new H3(getTranslation("mail.admin.detail.text")), new Pre(mail.text()));

        IFrame html = new IFrame();
        html.setSrcdoc(mail.html());
        // An empty sandbox: every restriction applies (no scripts, forms, popups, same-origin or top navigation).
        html.getElement().setAttribute("sandbox", "");
        html.setTitle(getTranslation("mail.admin.detail.html"));
        html.setWidthFull();
        html.setHeight("24em");
        add(new H3(getTranslation("mail.admin.detail.html")), html);
    }

    private static Anchor download(MailAdminService service, MailDetail.File file) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            MailAttachment a = service.attachment(file.id());
            return new DownloadResponse(new ByteArrayInputStream(a.content()), a.fileName(), a.contentType(),
                    a.content().length);
        }), file.fileName());
        link.setDownload(true);
        return link;
    }
}
