package org.kogge.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kogge.common.InvalidInputException;
import org.kogge.event.EventDetails;
import org.kogge.event.EventKind;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.testing.DatabaseCleaner;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

@org.springframework.test.context.event.RecordApplicationEvents
class AccountServiceTest extends ServiceTestBase {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents heard;

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleDirectory directory;

    @Autowired
    EventService events;

    @Autowired
    PersonUserDetailsService users;

    @Autowired
    AuthenticationConfiguration authConfig;

    @Autowired
    DatabaseCleaner database;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    ApplicationEventPublisher publisher;

    private SignupForm form(String name, String email, String password) {
        SignupForm f = new SignupForm();
        f.setDisplayName(name);
        f.setEmail(email);
        f.setOrganisation("Hansestadt Rostock");
        f.setCityId(fixtures.cityId());
        f.setPassword(password);
        f.setPrivacyAccepted(true);
        return f;
    }

    private static InvalidInputException.Problem problemOf(Throwable e, String field) {
        return ((InvalidInputException) e).byField().get(field);
    }

    private boolean canLogIn(String email, String password) throws Exception {
        try {
            authConfig.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    // ---- sign-up ---------------------------------------------------------------------------------------------

    @Test
    void signUpTrimsAndLowerCasesTheEmailAndGivesTheAttendeeRole() throws Exception {
        PersonDto p = accounts.signUp(form("  Greta   Gans ", "  Greta.Gans@Example.ORG ", Fixtures.PASSWORD));

        assertThat(p.email()).isEqualTo("greta.gans@example.org");
        assertThat(p.displayName()).isEqualTo("Greta Gans");
        assertThat(p.cityName()).isEqualTo(Fixtures.CITY);
        assertThat(p.roles()).containsExactly(Role.ATTENDEE);
        assertThat(canLogIn("GRETA.gans@example.org", Fixtures.PASSWORD)).isTrue();
    }

    @Test
    void theLanguageAPersonChoosesOnThePageIsRememberedForTheirMails() {
        PersonDto greta = fixtures.person("Greta Gans");

        fixtures.as(greta.email(), () -> accounts.rememberLanguage(Locale.UK));
        assertThat(directory.mailContacts(List.of(greta.id())).get(greta.id()).language()).isEqualTo(Locale.ENGLISH);

        fixtures.as(greta.email(), () -> accounts.rememberLanguage(Locale.FRENCH));
        assertThat(directory.mailContacts(List.of(greta.id())).get(greta.id()).language())
                .as("a language Kogge does not speak is its default").isEqualTo(Locale.GERMAN);
    }

    @Test
    void onlyALoggedInPersonHasALanguageToRemember() {
        PersonDto greta = fixtures.person("Greta Gans");

        assertThatThrownBy(() -> accounts.rememberLanguage(Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);

        assertThat(directory.mailContacts(List.of(greta.id())).get(greta.id()).language()).isNotEqualTo(Locale.ENGLISH);
    }

    @Test
    void signingUpAndDeletingTheAccountAreAnnounced() {
        heard.clear();
        PersonDto p = accounts.signUp(form("Greta Gans", "greta.gans@example.org", Fixtures.PASSWORD));
        assertThat(heard.stream(AccountCreated.class)).containsExactly(new AccountCreated(p.id()));

        login("greta.gans@example.org");
        accounts.deleteMyAccount(Fixtures.PASSWORD);
        assertThat(heard.stream(AccountDeleted.class)).containsExactly(new AccountDeleted(p.id()));
    }

    @Test
    void signUpWithAnEmailThatDiffersOnlyInCaseIsRefusedOnTheEmailField() {
        accounts.signUp(form("Greta Gans", "greta@example.org", Fixtures.PASSWORD));

        assertThatThrownBy(() -> accounts.signUp(form("Greta Zwei", "GRETA@Example.org", Fixtures.PASSWORD)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problemOf(e, "email").messageKey()).isEqualTo("account.email.taken"));
    }

    @Test
    void emailsThatMariaDbTreatsAsEqualAreRefusedOnTheEmailField() {
        accounts.signUp(form("José Jansen", "josé@example.org", Fixtures.PASSWORD));
        if (database.isMariaDb()) {
            assertThatThrownBy(() -> accounts.signUp(form("Jose Jansen", "jose@example.org", Fixtures.PASSWORD)))
                    .satisfies(e -> assertThat(problemOf(e, "email").messageKey()).isEqualTo("account.email.taken"));
        } else {
            assertThat(accounts.signUp(form("Jose Jansen", "jose@example.org", Fixtures.PASSWORD)).email())
                    .isEqualTo("jose@example.org");
        }
    }

    @Test
    void passwordWithElevenCharactersIsTooShort() {
        assertThatThrownBy(() -> accounts.signUp(form("Greta Gans", "greta@example.org", "Abcdefgh-1x")))
                .satisfies(e -> assertThat(problemOf(e, "password").messageKey()).isEqualTo("account.password.length"));
    }

    @Test
    void commonPasswordIsRefusedAsWeak() {
        assertThatThrownBy(() -> accounts.signUp(form("Greta Gans", "greta@example.org", "Passwort1234")))
                .satisfies(e -> assertThat(problemOf(e, "password").messageKey()).isEqualTo("account.password.weak"));
    }

    @Test
    void wellKnownPatternsAreRefusedAsWeakAndAPassphraseIsAccepted() throws Exception {
        for (String weak : new String[] {"Passwort123!", "Sommer2026!!", "Qwertz123456"}) {
            assertThatThrownBy(() -> accounts.signUp(form("Greta Gans", "greta@example.org", weak)))
                    .satisfies(e -> assertThat(problemOf(e, "password").messageKey()).isEqualTo("account.password.weak"));
        }
        accounts.signUp(form("Greta Gans", "greta@example.org", "zwölf boxkämpfer jagen viktor quer über den deich"));
        assertThat(canLogIn("greta@example.org", "zwölf boxkämpfer jagen viktor quer über den deich")).isTrue();
    }

    @Test
    void passwordWithTheOwnNameIsRefused() {
        assertThatThrownBy(() -> accounts.signUp(form("Greta Gans", "greta@example.org", "Gans-im-Hafen-2027")))
                .satisfies(e -> assertThat(problemOf(e, "password").messageKey()).isEqualTo("account.password.personal"));
    }

    @Test
    void goodPasswordIsAccepted() throws Exception {
        accounts.signUp(form("Greta Gans", "greta@example.org", "Leuchtturm-Nebel-77"));

        assertThat(canLogIn("greta@example.org", "Leuchtturm-Nebel-77")).isTrue();
        assertThat(canLogIn("greta@example.org", "Leuchtturm-Nebel-78")).isFalse();
    }

    @Test
    void whitespaceOnlyNameIsRequired() {
        assertThatThrownBy(() -> accounts.signUp(form(" \t  ", "greta@example.org", Fixtures.PASSWORD)))
                .satisfies(e -> assertThat(problemOf(e, "displayName").messageKey()).isEqualTo("validation.required"));
    }

    @Test
    void tenThousandCharacterNameIsTooLong() {
        String longName = "G".repeat(10_000);
        assertThatThrownBy(() -> accounts.signUp(form(longName, "greta@example.org", Fixtures.PASSWORD)))
                .satisfies(e -> {
                    InvalidInputException.Problem p = problemOf(e, "displayName");
                    assertThat(p.messageKey()).isEqualTo("validation.too-long");
                    assertThat(p.args()).contains(120);
                });
    }

    @Test
    void htmlInTheNameIsStoredAsPlainText() {
        String name = "<img src=x onerror=alert(1)> <b>Greta</b>";
        PersonDto p = accounts.signUp(form(name, "greta@example.org", Fixtures.PASSWORD));

        assertThat(p.displayName()).isEqualTo(name);
        assertThat(accounts.find(p.id()).orElseThrow().displayName()).isEqualTo(name);
    }

    @Test
    void signUpWithoutConsentIsRefused() {
        SignupForm f = form("Greta Gans", "greta@example.org", Fixtures.PASSWORD);
        f.setPrivacyAccepted(false);

        assertThatThrownBy(() -> accounts.signUp(f))
                .satisfies(e -> assertThat(problemOf(e, "privacyAccepted").messageKey())
                        .isEqualTo("account.privacy.required"));
        login(Fixtures.ADMIN);
        assertThat(accounts.countPeople("greta")).isZero();
    }

    // ---- profile and password ------------------------------------------------------------------------------

    @Test
    void personUpdatesTheirProfile() {
        fixtures.person("Hanna Hering");
        long rostock = fixtures.city("Rostock");
        login("hanna@test.example");

        ProfileForm form = new ProfileForm("Hanna Hering-Wal", " Hanna@Rostock.example ", "Hansestadt Rostock", rostock);
        form.setCurrentPassword(Fixtures.PASSWORD);
        PersonDto p = accounts.updateMyProfile(form);

        assertThat(p.displayName()).isEqualTo("Hanna Hering-Wal");
        assertThat(p.email()).isEqualTo("hanna@rostock.example");
        assertThat(p.cityName()).isEqualTo("Rostock");
        assertThat(accounts.me().organisation()).isEqualTo("Hansestadt Rostock");
    }

    @Test
    void profileWithAnotherPersonsEmailIsRefused() {
        fixtures.person("Hanna Hering");
        fixtures.person("Ilse Igel");
        login("hanna@test.example");

        assertThatThrownBy(() -> accounts.updateMyProfile(new ProfileForm("Hanna Hering", "ILSE@test.example",
                null, fixtures.cityId())))
                .satisfies(e -> assertThat(problemOf(e, "email").messageKey()).isEqualTo("account.email.taken"));
        assertThat(accounts.me().email()).isEqualTo("hanna@test.example");
    }

    @Test
    void personChangesTheirPassword() throws Exception {
        fixtures.person("Hanna Hering");
        login("hanna@test.example");

        accounts.changeMyPassword(Fixtures.PASSWORD, "Neue-Segel-Setzen-19");

        assertThat(canLogIn("hanna@test.example", "Neue-Segel-Setzen-19")).isTrue();
        assertThat(canLogIn("hanna@test.example", Fixtures.PASSWORD)).isFalse();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndAGoodNewOne() throws Exception {
        fixtures.person("Hanna Hering");
        login("hanna@test.example");

        assertThatThrownBy(() -> accounts.changeMyPassword("Falsch-Falsch-123", "Neue-Segel-Setzen-19"))
                .satisfies(e -> assertThat(problemOf(e, "currentPassword").messageKey())
                        .isEqualTo("account.password.wrong"));
        assertThatThrownBy(() -> accounts.changeMyPassword(Fixtures.PASSWORD, "kurz"))
                .satisfies(e -> assertThat(problemOf(e, "newPassword").messageKey())
                        .isEqualTo("account.password.too-short"));
        assertThat(canLogIn("hanna@test.example", Fixtures.PASSWORD)).isTrue();
    }

    @Test
    void changingTheEmailNeedsTheCurrentPasswordAndAWrongOneSavesNothing() throws Exception {
        fixtures.person("Hanna Hering");
        login("hanna@test.example");
        ProfileForm form = new ProfileForm("Hanna Hering-Wal", "hanna@rostock.example", "Hafenamt", fixtures.cityId());

        assertThatThrownBy(() -> accounts.updateMyProfile(form))
                .satisfies(e -> assertThat(problemOf(e, "currentPassword").messageKey()).isEqualTo("account.password.wrong"));
        form.setCurrentPassword("Falsch-Falsch-123");
        assertThatThrownBy(() -> accounts.updateMyProfile(form))
                .satisfies(e -> assertThat(problemOf(e, "currentPassword").messageKey()).isEqualTo("account.password.wrong"));
        assertThat(accounts.me().email()).isEqualTo("hanna@test.example");
        assertThat(accounts.me().displayName()).isEqualTo("Hanna Hering");

        form.setCurrentPassword(Fixtures.PASSWORD);
        assertThat(accounts.updateMyProfile(form).email()).isEqualTo("hanna@rostock.example");
        assertThat(canLogIn("hanna@rostock.example", Fixtures.PASSWORD)).isTrue();
    }

    @Test
    void theProfileWithoutANewEmailNeedsNoPassword() {
        fixtures.person("Hanna Hering");
        login("hanna@test.example");

        PersonDto p = accounts.updateMyProfile(new ProfileForm("Hanna Hering-Wal", "HANNA@test.example", null,
                fixtures.cityId()));

        assertThat(p.displayName()).isEqualTo("Hanna Hering-Wal");
    }

    /** Guessing the current password on the account page is slowed down like guessing at the login form. */
    @Test
    void wrongCurrentPasswordsCountLikeFailedLogins() throws Exception {
        fixtures.person("Hanna Hering");
        login("hanna@test.example");
        for (int i = 0; i < 3; i++) {   // the test profile's free failures
            assertThatThrownBy(() -> accounts.changeMyPassword("Falsch-Falsch-123", "Neue-Segel-Setzen-19"))
                    .satisfies(e -> assertThat(problemOf(e, "currentPassword").messageKey())
                            .isEqualTo("account.password.wrong"));
        }

        assertThatThrownBy(() -> accounts.changeMyPassword(Fixtures.PASSWORD, "Neue-Segel-Setzen-19"))
                .satisfies(e -> assertThat(problemOf(e, "currentPassword").messageKey())
                        .isEqualTo("account.password.throttled"));
        ProfileForm newEmail = new ProfileForm("Hanna Hering", "hanna@rostock.example", null, fixtures.cityId());
        newEmail.setCurrentPassword(Fixtures.PASSWORD);
        assertThatThrownBy(() -> accounts.updateMyProfile(newEmail))
                .satisfies(e -> assertThat(problemOf(e, "currentPassword").messageKey())
                        .isEqualTo("account.password.throttled"));
        assertThat(canLogIn("hanna@test.example", Fixtures.PASSWORD)).isFalse();
        assertThat(canLogIn("hanna@test.example", "Neue-Segel-Setzen-19")).isFalse();
    }

    @Test
    void aPasswordChangeEndsThePersonsOtherSessionsButKeepsTheCurrentOne() {
        fixtures.person("Hanna Hering");
        fixtures.person("Ilse Igel");
        MockHttpSession mine = session("hanna-here", "hanna@test.example");
        MockHttpSession phone = session("hanna-phone", "hanna@test.example");
        MockHttpSession laptop = session("hanna-laptop", "hanna@test.example");
        MockHttpSession ilse = session("ilse", "ilse@test.example");
        login("hanna@test.example");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(mine);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            assertThatThrownBy(() -> accounts.changeMyPassword("Falsch-Falsch-123", "Neue-Segel-Setzen-19"))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(phone.isInvalid()).isFalse();

            accounts.changeMyPassword(Fixtures.PASSWORD, "Neue-Segel-Setzen-19");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        waitUntil(() -> phone.isInvalid() && laptop.isInvalid());     // ended on a thread of their own
        assertThat(sessionRegistry.getSessionInformation("hanna-phone")).isNull();
        assertThat(mine.isInvalid()).isFalse();
        assertThat(sessionRegistry.getSessionInformation("hanna-here").isExpired()).isFalse();
        assertThat(ilse.isInvalid()).isFalse();
        assertThat(sessionRegistry.getSessionInformation("ilse").isExpired()).isFalse();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A logged-in session as the login form leaves it: known to the session registry and to PersonSessions. */
    private MockHttpSession session(String id, String email) {
        MockHttpSession session = new MockHttpSession(null, id) {
            @Override
            public void invalidate() {
                super.invalidate();
                publisher.publishEvent(new HttpSessionDestroyedEvent(this));
            }
        };
        publisher.publishEvent(new HttpSessionCreatedEvent(session));
        sessionRegistry.registerNewSession(id, users.loadUserByUsername(email));
        return session;
    }

    // ---- deletion ------------------------------------------------------------------------------------------

    @Test
    void deletingTheAccountErasesPersonalDataButKeepsTheirEvent() throws Exception {
        PersonDto olga = fixtures.person("Olga Organisator", Role.ORGANIZER);
        EventDetails event = fixtures.event("olga@test.example", "Barcamp Hafen", EventKind.BARCAMP, 20,
                EventState.PUBLISHED);
        assertThat(event.organizers()).containsExactly("Olga Organisator");
        login("olga@test.example");

        accounts.deleteMyAccount(Fixtures.PASSWORD);

        logout();
        assertThat(accounts.find(olga.id())).isEmpty();
        assertThatThrownBy(() -> users.loadUserByUsername("olga@test.example"))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThat(canLogIn("olga@test.example", Fixtures.PASSWORD)).isFalse();
        login(Fixtures.ADMIN);
        assertThat(accounts.countPeople("olga")).isZero();
        assertThat(accounts.countPeople("Stadt")).isZero();
        EventDetails after = events.details(event.slug());
        assertThat(after.title()).isEqualTo("Barcamp Hafen");
        assertThat(after.organizers()).isEmpty();
    }

    @Test
    void deletingNeedsTheRightPassword() {
        fixtures.person("Hanna Hering");
        login("hanna@test.example");

        assertThatThrownBy(() -> accounts.deleteMyAccount("Falsch-Falsch-123"))
                .satisfies(e -> assertThat(problemOf(e, "password").messageKey()).isEqualTo("account.password.wrong"));
        assertThat(accounts.me().email()).isEqualTo("hanna@test.example");
    }

    @Test
    void theLastAdminCannotDeleteTheirAccountButOneOfTwoCan() {
        login(Fixtures.ADMIN);
        assertThatThrownBy(() -> accounts.deleteMyAccount(Fixtures.PASSWORD))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).messageKey())
                        .isEqualTo("account.delete.last-admin"));
        assertThat(accounts.me().email()).isEqualTo(Fixtures.ADMIN);

        fixtures.person("Berta Backup", Role.ADMIN);
        accounts.deleteMyAccount(Fixtures.PASSWORD);
        logout();
        login("berta@test.example");
        assertThat(accounts.people(null, PageRequest.of(0, 10)).map(PersonDto::email).getContent())
                .containsExactly("berta@test.example");
    }

    // ---- roles ---------------------------------------------------------------------------------------------

    @Test
    void anOrganizerCannotSetRoles() {
        PersonDto anna = fixtures.person("Anna Attendee");
        fixtures.person("Olga Organisator", Role.ORGANIZER);
        login("olga@test.example");

        assertThatThrownBy(() -> accounts.setRoles(anna.id(), EnumSet.of(Role.ORGANIZER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.people(null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        login(Fixtures.ADMIN);
        assertThat(accounts.find(anna.id()).orElseThrow().roles()).containsExactly(Role.ATTENDEE);
    }

    @Test
    void adminGrantsRolesAndAttendeeIsAlwaysKept() {
        PersonDto anna = fixtures.person("Anna Attendee");
        login(Fixtures.ADMIN);

        PersonDto organizer = accounts.setRoles(anna.id(), EnumSet.of(Role.ORGANIZER, Role.EXPERT));
        assertThat(organizer.roles()).containsExactlyInAnyOrder(Role.ORGANIZER, Role.EXPERT, Role.ATTENDEE);

        PersonDto none = accounts.setRoles(anna.id(), Set.of());
        assertThat(none.roles()).containsExactly(Role.ATTENDEE);
    }

    @Test
    void anAdminCannotTakeTheAdminRoleFromThemselves() {
        login(Fixtures.ADMIN);
        long me = accounts.me().id();

        assertThatThrownBy(() -> accounts.setRoles(me, EnumSet.of(Role.ORGANIZER)))
                .satisfies(e -> assertThat(problemOf(e, "roles").messageKey()).isEqualTo("account.roles.keep-own-admin"));
        assertThat(accounts.me().roles()).contains(Role.ADMIN);
    }

    @Test
    void adminSearchesPeopleByNameEmailAndOrganisation() {
        fixtures.person("Anna Attendee");
        PersonDto karl = fixtures.person("Karl Kutter");
        login("karl@test.example");
        accounts.updateMyProfile(new ProfileForm("Karl Kutter", "karl@test.example", "Werft Wismar", fixtures.cityId()));
        login(Fixtures.ADMIN);

        assertThat(accounts.people("KUTTER", PageRequest.of(0, 10)).map(PersonDto::id).getContent())
                .containsExactly(karl.id());
        assertThat(accounts.people("werft", PageRequest.of(0, 10)).map(PersonDto::id).getContent())
                .containsExactly(karl.id());
        assertThat(accounts.people("anna@", PageRequest.of(0, 10)).map(PersonDto::displayName).getContent())
                .containsExactly("Anna Attendee");
        assertThat(accounts.people(null, PageRequest.of(0, 10)).map(PersonDto::displayName).getContent())
                .containsExactly("Ada Admin", "Anna Attendee", "Karl Kutter");
    }

    // ---- export --------------------------------------------------------------------------------------------

    @Test
    void dataExportContainsOwnDataOnly() {
        fixtures.person("Hanna Hering");
        fixtures.person("Ilse Igel");
        login("hanna@test.example");

        String json = accounts.exportMyData();

        assertThat(json).contains("\"email\" : \"hanna@test.example\"", "\"displayName\" : \"Hanna Hering\"",
                "\"city\" : \"" + Fixtures.CITY + "\"", "\"ATTENDEE\"", "privacyAcceptedAt");
        assertThat(json).doesNotContain("ilse", "Ilse", Fixtures.ADMIN, "password", "$2a$", "{bcrypt}");
    }

    @Test
    void anonymousCannotExportData() {
        assertThatThrownBy(() -> accounts.exportMyData()).isInstanceOf(AccessDeniedException.class);
    }
}
