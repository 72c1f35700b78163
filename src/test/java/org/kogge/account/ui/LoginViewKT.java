package org.kogge.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kogge.testing.Fixtures;
import org.kogge.testing.KaribuTestBase;

class LoginViewKT extends KaribuTestBase {

    @Test
    void showsGermanLoginForm() {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isFalse();
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Einloggen");
    }

    @Test
    void showsGenericErrorAfterFailedLogin() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void theFormPostsTheReturnPathAlongAndTheSignUpLinkKeepsIt() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("return", "events/barcamp-kiel")));

        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login?return=events%2Fbarcamp-kiel");
        assertThat(_get(Anchor.class, a -> a.withText("Jetzt registrieren")).getHref())
                .isEqualTo("signup?return=events%2Fbarcamp-kiel");
    }

    @Test
    void aReturnPathToAnotherSiteIsDropped() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("return", "//evil.example")));

        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
    }

    @Test
    void loggedInUserIsSentHome() {
        login(Fixtures.ADMIN);
        UI.getCurrent().navigate("login");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
    }
}
