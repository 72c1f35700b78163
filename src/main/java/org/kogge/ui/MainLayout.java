package org.kogge.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.kogge.account.AccountService;
import org.kogge.account.KoggeUser;
import org.kogge.common.ui.PageTitles;
import org.kogge.common.ui.ReturnPath;
import org.kogge.network.NetworkService;

/**
 * The app shell: header with the network's name, language switch and user menu; a navigation built from the
 * views' {@code @Menu} metadata, showing only what the current user may open. The view sits in a {@code main}
 * landmark that a skip link (the page's first tab stop) moves the focus to; the view's own heading is the page's
 * only h1, so the header repeats its title as plain text.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver, LocaleChangeObserver {

    private final transient AuthenticationContext auth;
    private final NetworkService network;
    private final AccountService accounts;
    /** The landmark around the current view; AppLayout's own content area is a plain {@code div}. */
    static final String MAIN_ID = "kogge-main";
    private final Span viewTitle = new Span();
    private final Main main = new Main();
    private HasElement view;
    private boolean built;

    public MainLayout(AuthenticationContext auth, NetworkService network, AccountService accounts) {
        this.auth = auth;
        this.network = network;
        this.accounts = accounts;
        setPrimarySection(Section.DRAWER);
        addClassName("kogge-shell");
        main.setId(MAIN_ID);
        main.addClassName("kogge-main");
        main.getElement().setAttribute("tabindex", "-1");
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        view = content;
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        if (getContent() != main) {
            // Set once: putting main in again would detach and re-attach the view on every navigation.
            setContent(main);
        }
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Not "no children yet": the router puts the view into the layout before it is attached.
        if (!built) {
            built = true;
            build();
        }
    }

    private void build() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("kogge-view-title");
        HorizontalLayout right = new HorizontalLayout(new LanguageSwitch(this::rememberLanguage), userArea());
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.addClassName("kogge-header-actions");
        HorizontalLayout header = new HorizontalLayout(SkipLink.to(MAIN_ID, getTranslation("nav.skip")), toggle,
                viewTitle, right);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(viewTitle);
        header.addClassName("kogge-header");
        addToNavbar(true, header);

        Anchor brand = new Anchor("", network.networkName());
        brand.addClassName("kogge-brand");
        Span product = new Span(getTranslation("app.name"));
        product.addClassName("kogge-product");
        addToDrawer(brand, product, navigation());
        if (!auth.isAuthenticated()) {
            addToDrawer(authButtons(new Div(), "kogge-drawer-auth"));
        }
        addToDrawer(drawerLanguage());
    }

    /**
     * The language switch again, in the drawer, for phones: the stylesheet shows it instead of the header's one below
     * 600 px, where the header's would leave the page title and the switch itself a few letters each.
     */
    private Div drawerLanguage() {
        LanguageSwitch language = new LanguageSwitch(this::rememberLanguage);
        language.setLabel(getTranslation("nav.language"));
        language.setWidthFull();
        Div area = new Div(language);
        area.addClassName("kogge-drawer-language");
        return area;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        }
        return nav;
    }

    private com.vaadin.flow.component.Component userArea() {
        return auth.getAuthenticatedUser(KoggeUser.class).<com.vaadin.flow.component.Component>map(user -> {
            MenuBar menu = new MenuBar();
            menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
            menu.addClassName("kogge-user-menu");
            // Initials and name; on a phone the stylesheet leaves only the initials, so the page title keeps its room.
            Avatar initials = new Avatar(user.displayName());
            initials.addThemeVariants(AvatarVariant.LUMO_XSMALL);
            initials.getElement().setAttribute("aria-hidden", "true");
            initials.setTooltipEnabled(false);
            Span name = new Span(user.displayName());
            name.addClassName("kogge-user-name");
            Span label = new Span(initials, name);
            label.addClassName("kogge-user-label");
            var root = menu.addItem(label);
            root.setAriaLabel(getTranslation("nav.user-menu", user.displayName()));
            root.getSubMenu().addItem(getTranslation("nav.account"), e -> UI.getCurrent().navigate("account"));
            root.getSubMenu().addItem(getTranslation("nav.logout"), e -> auth.logout());
            return menu;
        }).orElseGet(() -> authButtons(new HorizontalLayout(), "kogge-auth-buttons"));
    }

    /**
     * "Einloggen" and "Registrieren" for visitors: in the header bar, and again in the drawer, where they stay
     * reachable on a phone (the stylesheet shows one or the other by the screen's width).
     */
    private <T extends com.vaadin.flow.component.HasComponents & com.vaadin.flow.component.HasStyle> T authButtons(
            T area, String className) {
        Button login = new Button(getTranslation("nav.login"), VaadinIcon.SIGN_IN.create(),
                e -> openReturningHere("login"));
        login.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button signup = new Button(getTranslation("nav.signup"), e -> openReturningHere("signup"));
        signup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        area.add(login, signup);
        area.addClassName(className);
        return area;
    }

    /** Opens the login or sign-up page, which returns to the page shown now when done. */
    private static void openReturningHere(String target) {
        UI ui = UI.getCurrent();
        ui.navigate(target, ReturnPath.query(ReturnPath.current(ui)));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = view instanceof HasDynamicTitle t ? t.getPageTitle() : "";
        viewTitle.setText(title == null ? "" : PageTitles.pageOnly(this, title));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        PageLanguage.set(event.getUI(), event.getLocale());
    }

    /** A logged-in person's choice of language is kept with their account, for their mails. */
    private void rememberLanguage(Locale language) {
        if (auth.isAuthenticated()) {
            accounts.rememberLanguage(language);
        }
    }
}
