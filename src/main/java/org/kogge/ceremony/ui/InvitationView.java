package org.kogge.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.kogge.ceremony.CeremonyContent;
import org.kogge.ceremony.InvitationPage;
import org.kogge.ceremony.RsvpForm;
import org.kogge.ceremony.RsvpService;
import org.kogge.ceremony.RsvpStatus;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.FactList;
import org.kogge.common.ui.PageTitles;

/**
 * A guest's personal invitation, opened from the link without an account: the ceremony, its programme and venue,
 * and the answer (yes with companions up to the organizer's limit, or no, with an optional note), changeable until
 * the deadline. Unknown, revoked and not yet active links get a clear page of their own.
 */
@Route("invitation/:token")
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient RsvpService rsvp;
    private String token;
    private String pageTitle = "";

    public InvitationView(RsvpService rsvp) {
        this.rsvp = rsvp;
        addClassNames("kogge-page", "kogge-invitation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        show(rsvp.open(token));
    }

    private void show(InvitationPage page) {
        removeAll();
        switch (page.phase()) {
            case UNKNOWN -> notice("ceremony.invitation.unknown.title", "ceremony.invitation.unknown");
            case REVOKED -> notice("ceremony.invitation.revoked.title", "ceremony.invitation.revoked");
            case NOT_ACTIVE -> notice("ceremony.invitation.not-active.title", "ceremony.invitation.not-active");
            default -> invitation(page);
        }
    }

    private void notice(String titleKey, String textKey) {
        pageTitle = getTranslation(titleKey);
        addClassName("kogge-invitation-invalid");
        add(new H1(pageTitle), new Paragraph(getTranslation(textKey)), new Anchor("", getTranslation("error.back-home")));
    }

    private void invitation(InvitationPage page) {
        removeClassName("kogge-invitation-invalid");
        CeremonyContent c = page.ceremony();
        pageTitle = c.title();
        add(new H1(c.title()));
        Paragraph personal = new Paragraph(getTranslation("ceremony.invitation.personal", page.guestName()));
        personal.addClassName("kogge-invitation-personal");
        add(personal);
        if (page.event().state() == org.kogge.event.EventState.CANCELLED) {
            Paragraph cancelled = new Paragraph(getTranslation("ceremony.invitation.cancelled"));
            cancelled.addClassNames("kogge-notice", "kogge-badge-cancelled");
            add(cancelled);
        }
        FactList facts = new FactList();
        facts.fact("ceremony.invitation.when", Formats.range(c.startsAt(), c.endsAt(), c.zone(), getLocale()));
        facts.fact("ceremony.invitation.venue", page.event().venueName());
        facts.fact("ceremony.invitation.address", page.event().venueAddress());
        add(facts);
        add(answerBox(page));
        add(CeremonyProgramme.heading(this), new CeremonyProgramme(c, null, null));
    }

    private Component answerBox(InvitationPage page) {
        CeremonyContent c = page.ceremony();
        VerticalLayout box = new VerticalLayout();
        box.addClassNames("kogge-card", "kogge-rsvp");
        box.add(new H2(getTranslation("ceremony.rsvp.heading")));
        Paragraph current = new Paragraph(currentAnswer(page));
        current.addClassName("kogge-rsvp-current");
        current.getElement().setAttribute("role", "status");
        box.add(current);
        String closes = Formats.dateTime(c.answersCloseAt(), c.zone(), getLocale());
        if (!page.canAnswer()) {
            Paragraph closed = new Paragraph(getTranslation("ceremony.rsvp.read-only", closes));
            closed.addClassName("kogge-rsvp-closed");
            box.add(closed);
        } else {
            box.add(new Paragraph(getTranslation("ceremony.rsvp.until", closes)));
            box.add(form(page));
        }
        if (page.rsvp() == RsvpStatus.ACCEPTED) {
            Anchor ics = new Anchor("invitation/" + token + "/ceremony.ics", getTranslation("ceremony.rsvp.ics"));
            ics.getElement().setAttribute("router-ignore", true);
            ics.getElement().setAttribute("download", true);
            ics.addClassNames("kogge-rsvp-ics", "kogge-icon-link");
            ics.addComponentAsFirst(VaadinIcon.CALENDAR.create());
            box.add(ics);
        }
        return box;
    }

    private String currentAnswer(InvitationPage page) {
        return switch (page.rsvp()) {
            case PENDING -> getTranslation("ceremony.rsvp.current.pending");
            case DECLINED -> getTranslation("ceremony.rsvp.current.declined");
            case ACCEPTED -> getTranslation("ceremony.rsvp.current.accepted", page.companions());
        };
    }

    private Component form(InvitationPage page) {
        int max = page.ceremony().maxCompanions();
        RadioButtonGroup<Boolean> attending = new RadioButtonGroup<>(getTranslation("ceremony.rsvp.attending"));
        attending.setItems(Boolean.TRUE, Boolean.FALSE);
        attending.setItemLabelGenerator(b -> getTranslation(b ? "ceremony.rsvp.yes" : "ceremony.rsvp.no"));
        attending.setRequiredIndicatorVisible(true);
        IntegerField companions = new IntegerField(getTranslation("ceremony.rsvp.companions"));
        companions.setMin(0);
        companions.setMax(max);
        companions.setStepButtonsVisible(true);
        companions.setHelperText(getTranslation("ceremony.rsvp.companions.helper", max));
        companions.setValue(page.companions());
        companions.setVisible(max > 0);
        TextArea note = new TextArea(getTranslation("ceremony.rsvp.note"));
        note.setHelperText(getTranslation("ceremony.rsvp.note.helper"));
        note.setMaxLength(500);
        note.setWidthFull();
        if (page.note() != null) {
            note.setValue(page.note());
        }
        if (page.rsvp() != RsvpStatus.PENDING) {
            attending.setValue(page.rsvp() == RsvpStatus.ACCEPTED);
        }
        companions.setEnabled(!Boolean.FALSE.equals(attending.getValue()));
        attending.addValueChangeListener(e -> {
            attending.setInvalid(false);
            companions.setEnabled(!Boolean.FALSE.equals(e.getValue()));
        });
        Button send = new Button(getTranslation(page.rsvp() == RsvpStatus.PENDING ? "ceremony.rsvp.send" : "ceremony.rsvp.change"),
                e -> {
                    if (attending.getValue() == null) {
                        attending.setErrorMessage(getTranslation("ceremony.rsvp.attending.required"));
                        attending.setInvalid(true);
                        return;
                    }
                    try {
                        InvitationPage after = rsvp.answer(token, new RsvpForm(attending.getValue(),
                                companions.getValue() == null ? 0 : companions.getValue(), note.getValue()));
                        FormErrors.success(getTranslation(after.rsvp() == RsvpStatus.ACCEPTED
                                ? "ceremony.rsvp.thanks.yes" : "ceremony.rsvp.thanks.no"));
                        show(after);
                    } catch (InvalidInputException ex) {
                        FormErrors.show(this, ex, Map.of("companions", companions, "note", note));
                    }
                });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("kogge-rsvp-send");
        VerticalLayout form = new VerticalLayout(attending, companions, note, send);
        form.setPadding(false);
        form.addClassName("kogge-rsvp-form");
        return form;
    }


    @Override
    public String getPageTitle() {
        return PageTitles.of(this, pageTitle);
    }
}
