package org.kogge.registration.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.Confirmations;
import org.kogge.registration.MyRegistration;
import org.kogge.registration.RegistrationCounts;
import org.kogge.registration.RegistrationService;
import org.kogge.registration.RegistrationStatus;
import org.kogge.registration.RegistrationWindow;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.ReturnPath;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The registration box of an event page: free seats and waitlist, whether registration is open (and if not, why),
 * and the caller's own registration with "register", "cancel" and "show my name publicly"; below it the names of
 * those who chose to be listed. Anonymous visitors get a link to log in.
 *
 * <p>Embed it with {@code new RegistrationPanel(slug, registrationService)}; it loads itself at once and again on
 * {@link #refresh()}. Listeners added with {@link #addChangeListener} hear of every change the user made here.
 */
public class RegistrationPanel extends VerticalLayout {

    private final String slug;
    private final transient RegistrationService registrations;
    private final List<SerializableConsumer<MyRegistration>> listeners = new ArrayList<>();
    /** Set once the "moved up from the waitlist" notice was shown; it stays in this panel until the page is left. */
    private boolean showPromotionNotice;

    public RegistrationPanel(String slug, RegistrationService registrations) {
        this.slug = slug;
        this.registrations = registrations;
        addClassNames("kogge-card", "kogge-registration");
        setSpacing(false);
        refresh();
    }

    /** Reloads seats, window, the caller's registration and the public list from the service. */
    public void refresh() {
        removeAll();
        RegistrationWindow window = registrations.window(slug);
        RegistrationCounts counts = registrations.counts(slug);
        boolean signedIn = isSignedIn();
        MyRegistration mine = signedIn ? registrations.mine(slug) : MyRegistration.NONE;
        if (mine.justPromoted()) {
            showPromotionNotice = true;
            registrations.acknowledgePromotion(slug);
        }

        add(new H2(getTranslation("registration.panel.title")));
        add(seats(counts));
        if (counts.waitlisted() > 0 || counts.isFull()) {
            add(text(getTranslation("registration.panel.waitlist", counts.waitlisted()), "kogge-registration-waitlist"));
        }
        add(text(windowText(window), "kogge-registration-window"));

        if (!signedIn) {
            if (window.isOpen()) {
                Anchor login = new Anchor(ReturnPath.link("login", "events/" + slug),
                        getTranslation("registration.panel.login"));
                login.addClassName("kogge-registration-login");
                add(login);
            }
        } else if (mine.isActive()) {
            addMine(mine, window);
        } else {
            if (mine.status() == RegistrationStatus.CANCELLED) {
                add(text(getTranslation("registration.panel.was-cancelled"), "kogge-registration-status"));
            }
            if (window.isOpen()) {
                Button register = new Button(getTranslation("registration.panel.register"), e -> register());
                register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                register.setDisableOnClick(true);
                add(register);
            }
        }
        addPublicList();
    }

    /** Called with the caller's new registration after they registered, cancelled or changed the name setting. */
    public Registration addChangeListener(SerializableConsumer<MyRegistration> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public String getSlug() {
        return slug;
    }

    // ---- parts ----------------------------------------------------------------------------------------------

    private Span seats(RegistrationCounts counts) {
        String text;
        if (counts.capacity() == null) {
            text = getTranslation("registration.panel.unlimited");
        } else if (counts.isFull()) {
            text = getTranslation("registration.panel.full", counts.capacity());
        } else {
            text = getTranslation("registration.panel.seats-free", counts.freeSeats(), counts.capacity());
        }
        return text(text, "kogge-registration-seats");
    }

    private String windowText(RegistrationWindow window) {
        Instant when = window.phase() == RegistrationWindow.Phase.NOT_YET_OPEN ? window.opensAt() : window.closesAt();
        return getTranslation(window.phase().messageKey(), Formats.dateTime(when, window.zone(), getLocale()));
    }

    private void addMine(MyRegistration mine, RegistrationWindow window) {
        if (showPromotionNotice && mine.status() == RegistrationStatus.REGISTERED) {
            Span notice = text(getTranslation("registration.panel.promoted"), "kogge-registration-promoted");
            notice.getElement().setAttribute("role", "status");
            notice.getStyle().set("font-weight", "600").set("color", "var(--lumo-success-text-color)")
                    .set("background", "var(--lumo-success-color-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("margin", "var(--lumo-space-xs) 0");
            add(notice);
        }
        String status = mine.status() == RegistrationStatus.REGISTERED
                ? getTranslation("registration.panel.registered")
                : getTranslation("registration.panel.waitlisted", mine.waitlistPosition());
        Span statusText = text(status, "kogge-registration-status");
        statusText.getStyle().set("font-weight", "600");
        add(statusText);

        Checkbox publicName = new Checkbox(getTranslation("registration.panel.public-name"), mine.publicName());
        publicName.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                boolean show = Boolean.TRUE.equals(e.getValue());
                act(() -> registrations.showMyName(slug, show),
                        show ? "registration.panel.public-name.on" : "registration.panel.public-name.off");
            }
        });
        add(publicName);

        if (window.canCancel()) {
            Button cancel = new Button(getTranslation("registration.panel.cancel"), VaadinIcon.CLOSE_SMALL.create(),
                    e -> confirmCancel(mine));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout actions = new HorizontalLayout(cancel);
            actions.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(actions);
        }
    }

    private void addPublicList() {
        List<String> names = registrations.publicParticipants(slug);
        if (names.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("registration.panel.public-list", names.size())));
        UnorderedList list = new UnorderedList();
        list.addClassName("kogge-registration-public");
        names.forEach(name -> list.add(new ListItem(name)));
        add(list);
        Paragraph hint = new Paragraph(getTranslation("registration.panel.public-list.hint"));
        hint.addClassName("kogge-muted");
        add(hint);
    }

    // ---- actions --------------------------------------------------------------------------------------------

    private void register() {
        act(() -> registrations.register(slug), null);
    }

    private void confirmCancel(MyRegistration mine) {
        Confirmations.destructive(getTranslation("registration.panel.cancel.title"),
                getTranslation(mine.status() == RegistrationStatus.REGISTERED
                        ? "registration.panel.cancel.text-registered" : "registration.panel.cancel.text-waitlisted"),
                getTranslation("registration.panel.cancel.keep"), getTranslation("registration.panel.cancel.confirm"),
                () -> act(() -> registrations.cancel(slug), "registration.panel.cancelled"));
    }

    /** Runs a change, tells the user what happened (or what the service refused), and reloads the panel. */
    private void act(Supplier<MyRegistration> change, String successKey) {
        try {
            MyRegistration result = change.get();
            FormErrors.success(successKey != null ? getTranslation(successKey) : statusText(result));
            listeners.forEach(l -> l.accept(result));
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of());
        } finally {
            refresh();
            focusStatus();
        }
    }

    /**
     * The panel is rebuilt after a change, which takes the keyboard focus away from the button just pressed: it moves
     * to the new status line ("Sie sind angemeldet.", or the cancellation), else to the panel's heading, so that a
     * keyboard or screen reader user stays where the result is and does not land at the top of the page.
     */
    private void focusStatus() {
        getChildren().filter(c -> c.getElement().getClassList().contains("kogge-registration-status")).findFirst()
                .or(() -> getChildren().filter(H2.class::isInstance).findFirst())
                .ifPresent(target -> {
                    target.getElement().setAttribute("tabindex", "-1");
                    UI.getCurrent().getPage().executeJs("$0.focus()", target.getElement());
                });
    }

    private String statusText(MyRegistration r) {
        return r.status() == RegistrationStatus.WAITLISTED
                ? getTranslation("registration.panel.waitlisted", r.waitlistPosition())
                : getTranslation("registration.panel.registered");
    }

    private static Span text(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    private static boolean isSignedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
