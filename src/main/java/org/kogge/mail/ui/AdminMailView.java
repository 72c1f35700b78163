package org.kogge.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.KoggeProperties;
import org.kogge.common.ui.ComponentTexts;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.PageTitles;
import org.kogge.mail.MailAdminService;
import org.kogge.mail.MailRow;
import org.springframework.data.domain.PageRequest;

/** Admins see every mail of the outbox (captured, sent, queued, failed), open one, and send a test mail. */
@Route("admin/mail")
@RolesAllowed("ADMIN")
@Menu(order = 120, title = "nav.admin-mail", icon = "ENVELOPE")
public class AdminMailView extends VerticalLayout implements HasDynamicTitle {

    private final MailAdminService mail;
    private final ZoneId zone;
    private final Grid<MailRow> grid = new Grid<>(MailRow.class, false);

    public AdminMailView(MailAdminService mail, KoggeProperties properties) {
        this.mail = mail;
        this.zone = properties.zone();
        addClassName("kogge-page");
        add(new H1(getTranslation("nav.admin-mail")));

        MailAdminService.MailStatus status = mail.status();
        if (status.captured()) {
            Paragraph note = new Paragraph(getTranslation("mail.admin.captured"));
            note.addClassName("kogge-mail-captured");
            add(note);
        }
        status.heldBack().ifPresent(key -> {
            Paragraph held = new Paragraph(getTranslation(key));
            held.addClassName("kogge-mail-held");
            add(held);
        });
        add(testMailRow());

        grid.addColumn(MailRow::recipient).setHeader(getTranslation("mail.admin.recipient")).setKey("recipient")
                .setAutoWidth(true);
        grid.addColumn(MailRow::subject).setHeader(getTranslation("mail.admin.subject")).setKey("subject")
                .setFlexGrow(1);
        grid.addColumn(this::stateText).setHeader(getTranslation("mail.admin.state")).setKey("state")
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.sentAt() != null ? r.sentAt() : r.createdAt(), zone, getLocale()))
                .setHeader(getTranslation("mail.admin.time")).setKey("time").setAutoWidth(true);
        grid.setItems(q -> mail.mails(PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) mail.count());
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setAriaLabel(getTranslation("nav.admin-mail"));
        grid.setHeight("32em");
        add(grid);
    }

    private String stateText(MailRow row) {
        String state = getTranslation(row.state().messageKey());
        return row.captured() ? getTranslation("mail.admin.state.captured", state) : state;
    }

    private HorizontalLayout testMailRow() {
        EmailField address = ComponentTexts.email(new EmailField(getTranslation("mail.admin.test.address")));
        address.setWidth("22em");
        Button send = new Button(getTranslation("mail.admin.test.send"), e -> {
            try {
                mail.sendTestMail(address.getValue(), getLocale());
                address.setInvalid(false);
                address.clear();
                grid.getDataProvider().refreshAll();
                FormErrors.success(getTranslation("mail.admin.test.queued"));
            } catch (InvalidInputException ex) {
                FormErrors.show(this, ex, Map.of("address", address));
            }
        });
        HorizontalLayout row = new HorizontalLayout(address, send);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("kogge-field-row");
        return row;
    }

    private void open(MailRow row) {
        new MailDialog(mail, mail.mail(row.id()), zone, () -> grid.getDataProvider().refreshAll()).open();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.admin-mail"));
    }
}
