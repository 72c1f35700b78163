package org.kogge.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ui.DefaultLoginPageGeneratingFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A login returns to the page it was started from ({@code login?return=…}) through the real security filter chain,
 * only to the app's own pages, and a failed login keeps the return path for the next try.
 */
class LoginReturnTest extends ServiceTestBase {

    @Autowired
    MockMvc mvc;

    @Autowired
    FilterChainProxy filters;

    @Test
    void aLoginWithAReturnPathEndsThere() throws Exception {
        mvc.perform(loginPost(Fixtures.PASSWORD).queryParam("return", "events/barcamp-kiel"))
                .andExpect(authenticated().withUsername(Fixtures.ADMIN))
                .andExpect(redirectedUrl("/events/barcamp-kiel"));
    }

    @Test
    void aReturnPathToAnotherSiteIsIgnored() throws Exception {
        for (String elsewhere : new String[] {"//evil.example", "https://evil.example", "/\\evil.example",
                "%2F%2Fevil.example", "events/../../evil"}) {
            mvc.perform(loginPost(Fixtures.PASSWORD).queryParam("return", elsewhere))
                    .andExpect(authenticated().withUsername(Fixtures.ADMIN))
                    .andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void aFailedLoginKeepsTheReturnPath() throws Exception {
        mvc.perform(loginPost("Falsches-Passwort-1").queryParam("return", "events/barcamp-kiel"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error&return=events%2Fbarcamp-kiel"));
        mvc.perform(loginPost("Falsches-Passwort-1").queryParam("return", "//evil.example"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theLoginPageIsStillTheAppsOwnView() {
        // Declaring a form login before Vaadin's configurer once put Spring's generated page in place of the view.
        assertThat(filters.getFilterChains()).flatExtracting(SecurityFilterChain::getFilters)
                .noneMatch(DefaultLoginPageGeneratingFilter.class::isInstance);
    }

    private static MockHttpServletRequestBuilder loginPost(String password) {
        return post("/login").param("username", Fixtures.ADMIN).param("password", password).with(csrf());
    }
}
