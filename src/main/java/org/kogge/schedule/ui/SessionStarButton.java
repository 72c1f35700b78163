package org.kogge.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Stars a session for one's agenda: "Merken" or, once pressed, "Gemerkt". Its state is told to assistive
 * technology with {@code aria-pressed} and an accessible name that names the session, not by colour alone.
 */
public class SessionStarButton extends Button {

    private final long sessionId;
    private final String title;
    private boolean starred;

    public SessionStarButton(long sessionId, String title, boolean starred) {
        this.sessionId = sessionId;
        this.title = title;
        addClassName("kogge-programme-star");
        addThemeVariants(ButtonVariant.LUMO_SMALL);
        show(starred);
    }

    public final void show(boolean starred) {
        this.starred = starred;
        setText(getTranslation(starred ? "programme.star.on" : "programme.star.off"));
        setIcon((starred ? VaadinIcon.STAR : VaadinIcon.STAR_O).create());
        getElement().setAttribute("aria-pressed", String.valueOf(starred));
        setAriaLabel(getTranslation(starred ? "programme.star.on-label" : "programme.star.off-label", title));
        if (starred) {
            addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    public long getSessionId() {
        return sessionId;
    }

    public boolean isStarred() {
        return starred;
    }
}
