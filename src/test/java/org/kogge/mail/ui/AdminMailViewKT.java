package org.kogge.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kogge.testing.Karibu._setValue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.mail.MailAdminService;
import org.kogge.mail.MailAttachment;
import org.kogge.mail.MailComposer;
import org.kogge.mail.MailIntent;
import org.kogge.mail.MailOutbox;
import org.kogge.mail.MailRow;
import org.kogge.mail.MailTo;
import org.kogge.mail.OutboxSender;
import org.kogge.testing.Fixtures;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

class AdminMailViewKT extends KaribuTestBase {

    @Autowired MailOutbox outbox;
    @Autowired MailComposer composer;
    @Autowired OutboxSender sender;
    @Autowired MailAdminService service;
    @Autowired TransactionTemplate tx;

    @SuppressWarnings("unchecked")
    private Grid<MailRow> grid() {
        return _get(Grid.class);
    }

    @Test
    void adminSeesCapturedMailsAndOpensOneWithItsHtmlSandboxedAndItsAttachment() {
        tx.executeWithoutResult(s -> outbox.enqueue(composer.to("test", new MailTo(null, "anna@city.example",
                        "Anna <b>Bold</b>", Locale.GERMAN))
                .subject("mail.test.subject").paragraph("mail.test.body").link("mail.test.link", "/")
                .attach(MailAttachment.calendar("event.ics", "BEGIN:VCALENDAR".getBytes()))
                .build()));
        sender.sendDue();
        login(Fixtures.ADMIN);
        UI.getCurrent().navigate("admin/mail");

        assertThat(_get(Paragraph.class, s -> s.withClasses("kogge-mail-captured")).getText())
                .contains("nicht versendet");
        Grid<MailRow> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "recipient")).isEqualTo("anna@city.example");
        assertThat(GridKt._getFormatted(grid, 0, "subject")).isEqualTo("Testmail von Kogge");
        assertThat(GridKt._getFormatted(grid, 0, "state")).isEqualTo("Gesendet (gesammelt, nicht versendet)");

        GridKt._clickItem(grid, 0);
        Dialog dialog = _get(Dialog.class);
        assertThat(_get(dialog, Pre.class).getText()).contains("Hallo Anna <b>Bold</b>,")
                .contains("http://localhost:8080/");
        IFrame html = _get(dialog, IFrame.class);
        assertThat(html.getSrcdoc().orElseThrow()).contains("Hallo Anna &lt;b&gt;Bold&lt;/b&gt;,").doesNotContain("<b>");
        assertThat(html.getElement().getAttribute("sandbox")).isEmpty();
        assertThat(_get(dialog, Anchor.class).getText()).isEqualTo("event.ics");
    }

    @Test
    void aMailQueuedAsAnIntentShowsItsRecipientSubjectAndStateBeforeItIsWritten() {
        tx.executeWithoutResult(s -> outbox.enqueueAll(List.of(new MailIntent("seat.promoted", null,
                "ben@city.example", Locale.GERMAN, "Sie haben einen Platz", "event=1;position=0"))));
        login(Fixtures.ADMIN);
        UI.getCurrent().navigate("admin/mail");

        Grid<MailRow> grid = grid();
        assertThat(GridKt._getFormatted(grid, 0, "recipient")).isEqualTo("ben@city.example");
        assertThat(GridKt._getFormatted(grid, 0, "subject")).isEqualTo("Sie haben einen Platz");
        assertThat(GridKt._getFormatted(grid, 0, "state")).isEqualTo("Wartet");
        GridKt._clickItem(grid, 0);
        Dialog dialog = _get(Dialog.class);
        assertThat(_get(dialog, Paragraph.class, s -> s.withText(
                "Diese Mail wird erst beim Versand geschrieben; Text, HTML und Anhänge stehen dann hier.")))
                .isNotNull();
        assertThat(_find(dialog, IFrame.class)).isEmpty();
    }

    @Test
    void adminQueuesATestMailAndAWrongAddressIsMarked() {
        login(Fixtures.ADMIN);
        UI.getCurrent().navigate("admin/mail");
        EmailField address = _get(EmailField.class, s -> s.withLabel("Testmail an"));

        _setValue(address, "no address");
        _click(_get(Button.class, s -> s.withText("Testmail senden")));
        assertThat(address.isInvalid()).isTrue();
        assertThat(GridKt._size(grid())).isZero();
        NotificationsKt.clearNotifications();

        _setValue(address, "ops@city.example");
        _click(_get(Button.class, s -> s.withText("Testmail senden")));
        NotificationsKt.expectNotifications("Die Testmail ist in der Warteschlange.");
        assertThat(GridKt._getFormatted(grid(), 0, "state")).isEqualTo("Wartet");
    }

    @Test
    void organizerIsRefusedByTheViewAndTheService() {
        fixtures.person("Olga Organisator", Role.ORGANIZER);
        login("olga@test.example");
        UI.getCurrent().navigate("admin/mail");

        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        assertThat(_find(Grid.class)).isEmpty();
        assertThatThrownBy(() -> service.sendTestMail("ops@city.example", Locale.GERMAN))
                .isInstanceOf(AccessDeniedException.class);
    }
}
