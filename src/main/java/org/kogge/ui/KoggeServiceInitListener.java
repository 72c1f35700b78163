package org.kogge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kogge.account.CurrentUser;
import org.kogge.account.KoggeUser;
import org.kogge.common.InvalidInputException;
import org.kogge.common.Languages;
import org.kogge.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Sets each new UI's language and the page's {@code <html lang>} to it, by {@link Languages#forPage the one rule}: a
 * language the person chose wins (the switch's cookie, the choice made in this session, else the logged-in person's
 * remembered language); without a choice the browser's Accept-Language decides between German and English, and German
 * is the default. It also turns errors that reach the UI into a clear message in the user's language instead of a
 * stack trace.
 */
@Component
public class KoggeServiceInitListener implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(KoggeServiceInitListener.class);

    private final CurrentUser currentUser;

    KoggeServiceInitListener(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(KoggeServiceInitListener::handle));
        event.getSource().addUIInitListener(e -> {
            Locale locale = localeOf(VaadinRequest.getCurrent(), e.getUI().getSession(), remembered());
            e.getUI().setLocale(locale);
            PageLanguage.set(e.getUI(), locale);
        });
        // The first page: <html lang> in the language the UI will speak (WCAG 3.1.1), decided by the same rule.
        event.addIndexHtmlRequestListener(r -> r.getDocument().getElementsByTag("html").attr("lang",
                localeOf(r.getVaadinRequest(), VaadinSession.getCurrent(), remembered()).getLanguage()));
    }

    /** The logged-in person's remembered language, read only when they are logged in. */
    private Supplier<Optional<Locale>> remembered() {
        return () -> currentUser.get().flatMap(KoggeUser::language);
    }

    /**
     * The language a new page speaks: the switch's cookie, else the choice made in this session, else the
     * {@code remembered} language of the logged-in person, else the best match of the browser's Accept-Language,
     * else German.
     */
    static Locale localeOf(VaadinRequest request, VaadinSession session, Supplier<Optional<Locale>> remembered) {
        Optional<Locale> choice = Languages.chosenIn(request == null ? null : request.getCookies())
                .or(() -> session != null && session.getAttribute(LanguageSwitch.COOKIE) instanceof Locale chosen
                        ? Optional.of(chosen) : Optional.empty())
                .or(remembered);
        return Languages.forPage(choice, request == null ? null : request.getHeader("Accept-Language"));
    }

    static void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            LOG.error("Error outside a UI", event.getThrowable());
            return;
        }
        Throwable t = rootOf(event.getThrowable());
        String message;
        if (t instanceof InvalidInputException invalid) {
            message = invalid.problems().stream()
                    .map(p -> ui.getTranslation(p.messageKey(), p.args().toArray()))
                    .distinct().collect(Collectors.joining(" "));
        } else if (t instanceof AccessDeniedException) {
            message = ui.getTranslation("error.not-allowed");
        } else if (t instanceof NotFoundException) {
            message = ui.getTranslation("error.not-found");
        } else if (t instanceof OptimisticLockingFailureException) {
            message = ui.getTranslation("error.changed-meanwhile");
        } else {
            LOG.error("Unexpected error", event.getThrowable());
            message = ui.getTranslation("error.unexpected");
        }
        ui.access(() -> {
            Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
    }

    /** The first cause that is one of ours or Spring Security's, else the outermost. */
    private static Throwable rootOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InvalidInputException || c instanceof AccessDeniedException
                    || c instanceof NotFoundException || c instanceof OptimisticLockingFailureException) {
                return c;
            }
        }
        return t;
    }

}
