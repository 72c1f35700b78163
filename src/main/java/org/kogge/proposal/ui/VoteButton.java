package org.kogge.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A toggle for one's vote on a proposal: "Stimme geben (3)" or, once pressed, "Stimme zurücknehmen (4)". The
 * state is also told to assistive technology with {@code aria-pressed}, and by the primary colour only in
 * addition to the text.
 */
public class VoteButton extends Button {

    private boolean pressed;
    private long count;

    public VoteButton() {
        addClassName("kogge-board-vote");
        setIcon(VaadinIcon.THUMBS_UP_O.create());
        show(false, 0);
    }

    /** Shows whether the current person votes for the proposal and how many votes it has. */
    public final void show(boolean pressed, long count) {
        this.pressed = pressed;
        this.count = count;
        getElement().setAttribute("aria-pressed", String.valueOf(pressed));
        setText(getTranslation(pressed ? "proposal.vote.take-back" : "proposal.vote.give", count));
        setIcon((pressed ? VaadinIcon.THUMBS_UP : VaadinIcon.THUMBS_UP_O).create());
        if (pressed) {
            addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    public boolean isPressed() {
        return pressed;
    }

    public long getCount() {
        return count;
    }
}
