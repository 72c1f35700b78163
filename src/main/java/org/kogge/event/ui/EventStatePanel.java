package org.kogge.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Map;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.Confirmations;
import org.kogge.common.ui.FormErrors;
import org.kogge.event.EventDetails;
import org.kogge.event.EventService;
import org.kogge.event.EventState;

/**
 * An event's state and the moves it allows from there: publish a draft, cancel (after asking) or archive. The
 * service decides whether a move is allowed; a refusal is shown and the stored state drawn again.
 */
class EventStatePanel extends VerticalLayout {

    private final transient EventService events;
    private final SerializableConsumer<EventDetails> changed;
    private EventDetails details;

    /** @param changed told the event as it is after a move */
    EventStatePanel(EventService events, SerializableConsumer<EventDetails> changed) {
        this.events = events;
        this.changed = changed;
        setPadding(false);
    }

    /** Shows an event's state; {@code null} (an event not created yet) hides the panel. */
    void show(EventDetails event) {
        details = event;
        removeAll();
        setVisible(details != null);
        if (details == null) {
            return;
        }
        Span state = new Span(getTranslation("event.edit.state", getTranslation(details.state().messageKey())));
        state.addClassNames("kogge-badge", "kogge-badge-state");
        if (details.state() == EventState.CANCELLED) {
            state.addClassName("kogge-badge-cancelled");
        }
        HorizontalLayout actions = new HorizontalLayout(state);
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        EventState now = details.state();
        if (now.next().contains(EventState.PUBLISHED)) {
            Button publish = new Button(getTranslation("event.action.publish"), VaadinIcon.GLOBE.create(),
                    e -> changeState(EventState.PUBLISHED));
            publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            publish.setDisableOnClick(true);
            actions.add(publish);
        }
        if (now.next().contains(EventState.CANCELLED)) {
            Button cancel = new Button(getTranslation("event.action.cancel"), VaadinIcon.BAN.create(),
                    e -> confirmCancel());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        if (now.next().contains(EventState.ARCHIVED)) {
            Button archive = new Button(getTranslation("event.action.archive"), VaadinIcon.ARCHIVE.create(),
                    e -> changeState(EventState.ARCHIVED));
            archive.setDisableOnClick(true);
            actions.add(archive);
        }
        add(actions);
        if (now == EventState.DRAFT) {
            Paragraph hint = new Paragraph(getTranslation("event.edit.draft-hint"));
            hint.addClassName("kogge-muted");
            add(hint);
        }
    }

    private void confirmCancel() {
        Confirmations.destructive(getTranslation("event.cancel.confirm.title"),
                getTranslation("event.cancel.confirm.text", details.title()), getTranslation("event.cancel.confirm.keep"),
                getTranslation("event.action.cancel"), () -> changeState(EventState.CANCELLED));
    }

    private void changeState(EventState next) {
        EventDetails now;
        try {
            now = events.changeState(details.slug(), next);
            FormErrors.success(getTranslation("event.edit.state-changed", getTranslation(next.messageKey())));
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of());
            now = events.details(details.slug());
        }
        changed.accept(now);
        show(now);
    }
}
