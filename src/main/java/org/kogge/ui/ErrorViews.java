package org.kogge.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.kogge.common.NotFoundException;

/** Friendly pages for "not found" and "not allowed", inside the app shell, in the user's language. */
public final class ErrorViews {

    private ErrorViews() {
    }

    static VerticalLayout page(VerticalLayout host, String title, String text) {
        host.removeAll();
        host.addClassName("kogge-error-page");
        H1 h = new H1(title);
        host.add(h, new Paragraph(text), new Anchor("", host.getTranslation("error.back-home")));
        return host;
    }

    /** "Seite nicht gefunden · Kogge": the tab says that this is an error page, and of which site. */
    static String title(com.vaadin.flow.component.Component page, String key) {
        return page.getTranslation("error.page-title", page.getTranslation(key), page.getTranslation("app.name"));
    }

    /** An unknown address. */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    public static class RouteNotFound extends RouteNotFoundError implements HasDynamicTitle {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<com.vaadin.flow.router.NotFoundException> p) {
            getElement().removeAllChildren();
            getElement().appendChild(page(new VerticalLayout(), getTranslation("error.not-found.title"),
                    getTranslation("error.not-found")).getElement());
            return HttpServletResponse.SC_NOT_FOUND;
        }

        @Override
        public String getPageTitle() {
            return title(this, "error.not-found.title");
        }
    }

    /**
     * A friendly page for one kind of failure: its title, its text and the status it answers with. Each page names
     * {@link HasErrorParameter} again with its failure, because Vaadin reads the failure a page handles from the
     * interfaces the page's own class declares, not from those of its superclass.
     */
    private abstract static class ErrorPage<E extends Exception> extends VerticalLayout
            implements HasErrorParameter<E>, HasDynamicTitle {
        private final String titleKey;
        private final String textKey;
        private final int status;

        ErrorPage(String titleKey, String textKey, int status) {
            this.titleKey = titleKey;
            this.textKey = textKey;
            this.status = status;
        }

        /** Shows the page and tells the status to answer with. */
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
            page(this, getTranslation(titleKey), getTranslation(textKey));
            return status;
        }

        @Override
        public String getPageTitle() {
            return title(this, titleKey);
        }
    }

    /** An event, person or token that does not exist or is not visible to the caller. */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    public static class ThingNotFound extends ErrorPage<NotFoundException>
            implements HasErrorParameter<NotFoundException> {
        public ThingNotFound() {
            super("error.not-found.title", "error.not-found", HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** A logged-in user opened a view their role does not allow (Vaadin's route check). */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    public static class RouteNotAllowed extends ErrorPage<com.vaadin.flow.router.AccessDeniedException>
            implements HasErrorParameter<com.vaadin.flow.router.AccessDeniedException> {
        public RouteNotAllowed() {
            super("error.not-allowed.title", "error.not-allowed", HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** A service refused the caller while a view was loading. */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    public static class ServiceNotAllowed
            extends ErrorPage<org.springframework.security.access.AccessDeniedException>
            implements HasErrorParameter<org.springframework.security.access.AccessDeniedException> {
        public ServiceNotAllowed() {
            super("error.not-allowed.title", "error.not-allowed", HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
