package org.kogge.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Login CSRF: another site must not be able to post the login form and so log a visitor into an account of its
 * choosing. The login form posts with the CSRF token that Vaadin puts into the page; without it the post is refused.
 */
class LoginCsrfTest extends ServiceTestBase {

    @Autowired
    MockMvc mvc;

    @Test
    void aLoginPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", Fixtures.ADMIN).param("password", Fixtures.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void aLoginPostWithAForgedCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", Fixtures.ADMIN).param("password", Fixtures.PASSWORD)
                        .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void aLoginPostWithTheCsrfTokenLogsIn() throws Exception {
        mvc.perform(post("/login").param("username", Fixtures.ADMIN).param("password", Fixtures.PASSWORD).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(authenticated().withUsername(Fixtures.ADMIN));
    }

    @Test
    void aWrongPasswordWithTheCsrfTokenGoesBackToTheLoginPage() throws Exception {
        mvc.perform(post("/login").param("username", Fixtures.ADMIN).param("password", "Falsches-Passwort-1")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }
}
