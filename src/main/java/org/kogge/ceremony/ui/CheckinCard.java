package org.kogge.ceremony.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import org.kogge.ceremony.CheckinRow;
import org.kogge.ceremony.GuestRole;
import org.kogge.ceremony.RsvpStatus;
import org.kogge.common.Formats;

/**
 * One guest at the door: name, answer, companions, note, and the big "arrived" (or undo) button. A card shows one
 * state of one guest ({@link #row()}); the list keeps it as long as that guest and state are shown, so a button
 * the person is about to press is not replaced under their finger.
 */
class CheckinCard extends Div {

    private final CheckinRow row;

    CheckinCard(CheckinRow r, ZoneId zone, Consumer<CheckinRow> arrive, Consumer<CheckinRow> undo) {
        this.row = r;
        addClassNames("kogge-card", "kogge-checkin-card");
        getElement().setAttribute("role", "listitem");
        getElement().setAttribute("data-invitation", Long.toString(r.id()));
        Div info = new Div(new H2(r.name()));
        info.addClassName("kogge-checkin-info");
        if (r.organisation() != null) {
            info.add(new Paragraph(r.organisation()));
        }
        info.add(badges(r));
        if (r.note() != null) {
            Paragraph note = new Paragraph(getTranslation("ceremony.checkin.note", r.note()));
            note.addClassName("kogge-checkin-note");
            info.add(note);
        }
        add(info);
        Div actions = new Div();
        actions.addClassName("kogge-checkin-actions");
        if (r.arrived()) {
            addClassName("kogge-checkin-arrived");
            Span when = new Span(getTranslation("ceremony.checkin.arrived-at",
                    Formats.time(r.checkedInAt(), zone, getLocale())));
            when.addClassName("kogge-checkin-when");
            Button button = new Button(getTranslation("ceremony.checkin.undo"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> undo.accept(r));
            button.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_CONTRAST);
            button.setAriaLabel(getTranslation("ceremony.checkin.undo.aria", r.name()));
            button.addClassName("kogge-checkin-button");
            actions.add(when, button);
        } else if (r.rsvp() == RsvpStatus.DECLINED) {
            // Declined, yet at the door: still let in with a click, but not with the big green button, which would
            // invite the staff to tick a namesake who did say yes.
            addClassName("kogge-checkin-declined");
            Button button = new Button(getTranslation("ceremony.checkin.arrive-declined"), VaadinIcon.CHECK.create(),
                    e -> arrive.accept(r));
            button.setDisableOnClick(true);
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
            button.setAriaLabel(getTranslation("ceremony.checkin.arrive-declined.aria", r.name()));
            button.addClassName("kogge-checkin-button");
            actions.add(button);
        } else {
            Button button = new Button(getTranslation("ceremony.checkin.arrive"), VaadinIcon.CHECK.create(),
                    e -> arrive.accept(r));
            button.setDisableOnClick(true);
            button.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            button.setAriaLabel(getTranslation("ceremony.checkin.arrive.aria", r.name()));
            button.addClassName("kogge-checkin-button");
            actions.add(button);
        }
        add(actions);
    }

    CheckinRow row() {
        return row;
    }

    private Div badges(CheckinRow r) {
        Div badges = new Div();
        badges.addClassName("kogge-badges");
        Span answer = new Span(getTranslation(r.rsvp().messageKey()));
        answer.addClassNames("kogge-badge", "kogge-checkin-rsvp-" + r.rsvp().name().toLowerCase(Locale.ROOT));
        badges.add(answer);
        if (r.role() != GuestRole.GUEST) {
            Span role = new Span(getTranslation(r.role().messageKey()));
            role.addClassName("kogge-badge");
            badges.add(role);
        }
        if (r.rsvp() == RsvpStatus.ACCEPTED && r.companions() > 0) {
            Span comp = new Span(getTranslation("ceremony.checkin.companions", r.companions()));
            comp.addClassNames("kogge-badge", "kogge-checkin-companions");
            badges.add(comp);
        }
        return badges;
    }
}
