package org.kogge.organize.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.Markdown;
import org.kogge.common.ui.Confirmations;
import org.kogge.common.ui.EventSlug;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.MarkdownPreview;
import org.kogge.common.ui.OrganizerNavigation;
import org.kogge.common.ui.PageTitles;
import org.kogge.common.ui.RequiredFields;
import org.kogge.event.EventGate;
import org.kogge.event.EventRef;
import org.kogge.organize.Audience;
import org.kogge.organize.MessageForm;
import org.kogge.organize.ParticipantMessageService;
import org.kogge.organize.SentMessage;

/**
 * Where an organizer writes to an event's participants ({@code organize/events/{slug}/messages}): audience, subject
 * and Markdown text with a sanitized preview and the number of people it would reach, a confirmation before it
 * goes, and the messages sent so far, newest first. The service checks who may do this and checks the input again.
 */
@Route("organize/events/:slug/messages")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class MessagesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The organizer's headings start below the h3 they appear under (preview, a sent message's subject). */
    private static final int TEXT_HEADINGS = 4;

    private final transient ParticipantMessageService messages;
    private final transient EventGate events;
    private final OrganizerNavigation navigation;
    private final BeanValidationBinder<MessageForm> binder = RequiredFields.binder(MessageForm.class);
    private final RadioButtonGroup<Audience> audience = new RadioButtonGroup<>();
    private final TextField subject = new TextField();
    private final TextArea text = new TextArea();
    private final MarkdownPreview preview =
            new MarkdownPreview(getTranslation("organize.message.preview.empty"), TEXT_HEADINGS);
    private final Paragraph reach = new Paragraph();
    private final VerticalLayout history = new VerticalLayout();
    private String slug = "";
    private String eventTitle = "";

    public MessagesView(ParticipantMessageService messages, EventGate events, OrganizerNavigation navigation) {
        this.messages = messages;
        this.events = events;
        this.navigation = navigation;
        addClassNames("kogge-page", "kogge-messages");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EventRef terms = events.organized(EventSlug.of(event));
        slug = terms.slug();
        eventTitle = terms.title();
        removeAll();
        add(navigation.header(this, getTranslation("organize.message.heading", eventTitle), slug, terms.kind()),
                form(), history());
        binder.setBean(new MessageForm());
        showReach();
        preview.show(null);
        showHistory();
    }

    private Section form() {
        audience.setLabel(getTranslation("organize.message.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        audience.addValueChangeListener(e -> showReach());
        subject.setLabel(getTranslation("organize.message.subject"));
        subject.setMaxLength(MessageForm.SUBJECT_MAX);
        text.setLabel(getTranslation("organize.message.text"));
        text.setHelperText(getTranslation("organize.message.text.help"));
        text.setMaxLength(MessageForm.TEXT_MAX);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> preview.show(e.getValue()));
        binder.forField(audience).asRequired(getTranslation("validation.required")).bind("audience");
        binder.forField(subject).bind("subject");
        binder.forField(text).bind("text");
        RequiredFields.withValidAria(subject, text);
        subject.setWidthFull();
        text.setWidthFull();
        preview.addClassName("kogge-message-preview");
        reach.addClassName("kogge-message-reach");
        Button send = new Button(getTranslation("organize.message.send"), e -> confirmSend());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section section = new Section(new H2(getTranslation("organize.message.write")), audience, subject, text,
                new H3(getTranslation("organize.message.preview")), preview, reach, send);
        section.addClassName("kogge-message-form");
        return section;
    }

    private Section history() {
        history.setPadding(false);
        Section section = new Section(new H2(getTranslation("organize.message.sent")), history);
        section.addClassName("kogge-message-history");
        return section;
    }

    private void showReach() {
        Audience a = audience.getValue();
        reach.setText(a == null ? "" : getTranslation("organize.message.reach", messages.recipientCount(slug, a)));
    }

    private void confirmSend() {
        if (binder.validate().hasErrors()) {
            return;
        }
        int count = messages.recipientCount(slug, audience.getValue());
        Confirmations.ask(getTranslation("organize.message.confirm.heading"),
                getTranslation("organize.message.confirm.text", count, subject.getValue()),
                getTranslation("organize.message.confirm.cancel"), getTranslation("organize.message.confirm.send"),
                this::send);
    }

    private void send() {
        MessageForm form = new MessageForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            int sent = messages.send(slug, form);
            FormErrors.success(getTranslation("organize.message.sent.notice", sent));
            binder.setBean(new MessageForm());
            preview.show(null);
            showReach();
            showHistory();
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of("subject", subject, "text", text));
        }
    }

    private void showHistory() {
        history.removeAll();
        var sent = messages.sent(slug);
        if (sent.isEmpty()) {
            history.add(new Paragraph(getTranslation("organize.message.sent.none")));
        }
        sent.forEach(m -> history.add(entry(m)));
    }

    private Section entry(SentMessage m) {
        Paragraph meta = new Paragraph(getTranslation("organize.message.sent.meta",
                Formats.dateTime(m.sentAt(), m.zone(), getLocale()),
                m.senderName() == null ? getTranslation("organize.message.sent.deleted") : m.senderName(),
                getTranslation(m.audience().messageKey()), m.recipients()));
        meta.addClassName("kogge-muted");
        Div body = new Div(new Html(Markdown.toSafeHtml(m.text(), TEXT_HEADINGS)));
        Section entry = new Section(new H3(m.subject()), meta, body);
        entry.addClassName("kogge-message-entry");
        return entry;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("organize.message.heading", eventTitle));
    }
}
