package org.kogge.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.kogge.account.KoggeUser;
import org.kogge.network.NetworkService;

/**
 * The app shell: header with the network's name, language switch and user menu; a navigation built from the
 * views' {@code @Menu} metadata, showing only what the current user may open.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext auth;
    private final NetworkService network;
    private final H1 viewTitle = new H1();
    private boolean built;

    public MainLayout(AuthenticationContext auth, NetworkService network) {
        this.auth = auth;
        this.network = network;
        setPrimarySection(Section.DRAWER);
        addClassName("kogge-shell");
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
        HorizontalLayout right = new HorizontalLayout(new LanguageSwitch(), userArea());
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.addClassName("kogge-header-actions");
        HorizontalLayout header = new HorizontalLayout(toggle, viewTitle, right);
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
            var root = menu.addItem(user.displayName());
            root.setAriaLabel(getTranslation("nav.user-menu", user.displayName()));
            root.getSubMenu().addItem(getTranslation("nav.account"), e -> UI.getCurrent().navigate("account"));
            root.getSubMenu().addItem(getTranslation("nav.logout"), e -> auth.logout());
            return menu;
        }).orElseGet(() -> {
            Button login = new Button(getTranslation("nav.login"), VaadinIcon.SIGN_IN.create(),
                    e -> UI.getCurrent().navigate("login"));
            login.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button signup = new Button(getTranslation("nav.signup"), e -> UI.getCurrent().navigate("signup"));
            signup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout buttons = new HorizontalLayout(login, signup);
            buttons.setSpacing(false);
            buttons.addClassName("kogge-auth-buttons");
            return buttons;
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() instanceof HasDynamicTitle t ? t.getPageTitle() : "";
        viewTitle.setText(title == null ? "" : title.replace(" · " + getTranslation("app.name"), ""));
    }
}
