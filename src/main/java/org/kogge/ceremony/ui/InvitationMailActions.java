package org.kogge.ceremony.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Collection;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.kogge.ceremony.GuestRow;
import org.kogge.ceremony.InvitationMailService;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.RowButton;

/**
 * Sending invitations by mail from the guest list: to the selected guests, to all who have had none yet, or (from a
 * guest's row) to one guest. The service checks who may send and when; this part only asks and tells the outcome.
 */
class InvitationMailActions extends Composite<VerticalLayout> {

    private final transient InvitationMailService mails;
    private final String slug;
    private final transient Supplier<Collection<Long>> selected;
    private final transient Runnable sent;

    /**
     * @param selected the ids of the guests selected in the list
     * @param sent     after mails were queued (the list shows their state)
     */
    InvitationMailActions(InvitationMailService mails, String slug, Supplier<Collection<Long>> selected,
                          Runnable sent) {
        this.mails = mails;
        this.slug = slug;
        this.selected = selected;
        this.sent = sent;
        Button toSelected = new Button(getTranslation("ceremony.mail.send-selected"), VaadinIcon.ENVELOPE.create(),
                e -> send(() -> mails.send(slug, selected.get())));
        toSelected.addClassName("kogge-guests-mail-selected");
        Button toAll = new Button(getTranslation("ceremony.mail.send-all"), VaadinIcon.ENVELOPES.create(),
                e -> send(() -> mails.sendToAllNotYetMailed(slug)));
        toAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toAll.addClassName("kogge-guests-mail-all");
        HorizontalLayout buttons = new HorizontalLayout(toSelected, toAll);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.getStyle().set("flex-wrap", "wrap");
        getContent().setPadding(false);
        getContent().add(new Paragraph(getTranslation("ceremony.mail.hint")), buttons);
    }

    /** The row's "invite by mail" button. */
    Button rowButton(GuestRow g) {
        Button button = RowButton.of(getTranslation("ceremony.mail.send"),
                getTranslation("ceremony.mail.send.aria", g.name()),
                () -> send(() -> mails.send(slug, List.of(g.id()))));
        button.setIcon(VaadinIcon.ENVELOPE_O.create());
        return button;
    }

    private void send(IntSupplier sending) {
        try {
            int count = sending.getAsInt();
            FormErrors.success(getTranslation("ceremony.mail.sent", count));
            sent.run();
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, java.util.Map.of());
        }
    }
}
