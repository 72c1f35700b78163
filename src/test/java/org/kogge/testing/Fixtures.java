package org.kogge.testing;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.kogge.account.AccountService;
import org.kogge.account.LoginThrottle;
import org.kogge.account.MailRequestLimit;
import org.kogge.account.PersonDto;
import org.kogge.account.Role;
import org.kogge.account.RunAs;
import org.kogge.account.SignupForm;
import org.kogge.event.EventDetails;
import org.kogge.event.EventForm;
import org.kogge.event.EventKind;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.network.CityForm;
import org.kogge.network.NetworkService;
import org.springframework.stereotype.Component;

/**
 * Builds test data through the real services: cities, people with roles and events. {@link #reset()} empties the
 * database and creates an admin ({@link #ADMIN}) and the city {@link #CITY}.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "Segel-Wind-Kogge-42";
    public static final String ADMIN = "admin@test.example";
    public static final String CITY = "Lübeck";

    private final DatabaseCleaner cleaner;
    private final AccountService accounts;
    private final NetworkService network;
    private final EventService events;
    private final RunAs runAs;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;
    private final LoginThrottle loginThrottle;
    private final MailRequestLimit mailRequestLimit;

    public Fixtures(DatabaseCleaner cleaner, AccountService accounts, NetworkService network, EventService events,
                    RunAs runAs, javax.sql.DataSource dataSource,
                    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder,
                    LoginThrottle loginThrottle, MailRequestLimit mailRequestLimit) {
        this.loginThrottle = loginThrottle;
        this.mailRequestLimit = mailRequestLimit;
        this.jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        this.passwordEncoder = passwordEncoder;
        this.cleaner = cleaner;
        this.accounts = accounts;
        this.network = network;
        this.events = events;
        this.runAs = runAs;
    }

    public void reset() {
        cleaner.clean();
        loginThrottle.forgetAll();      // failed logins are kept in memory, not in the database
        mailRequestLimit.forgetAll();   // so are requests for mails to an address
        accounts.createFirstAdmin("Ada Admin", ADMIN, PASSWORD);
        city(CITY);
    }

    /** The id of a city, creating it if needed. */
    public long city(String name) {
        return network.cities().stream().filter(c -> c.name().equals(name)).findFirst()
                .map(c -> c.id())
                .orElseGet(() -> as(ADMIN, () -> network.saveCity(null, new CityForm(name, null, true)).id()));
    }

    public long cityId() {
        return city(CITY);
    }

    /** A person with the given roles (ATTENDEE always); email is the first name in lower case @test.example. */
    public PersonDto person(String displayName, Role... roles) {
        return person(displayName, emailOf(displayName), roles);
    }

    /** A person with an explicit email, whose address is confirmed (see {@link #unconfirmedPerson}). */
    public PersonDto person(String displayName, String email, Role... roles) {
        PersonDto p = accounts.signUp(signupForm(displayName, email));
        as(ADMIN, () -> accounts.confirmAddressOf(p.id()));
        if (roles.length > 0) {
            return as(ADMIN, () -> accounts.setRoles(p.id(), EnumSet.copyOf(List.of(roles))));
        }
        return p;
    }

    /** A person who signed up and has not confirmed their address yet. */
    public PersonDto unconfirmedPerson(String displayName) {
        return accounts.signUp(signupForm(displayName, emailOf(displayName)));
    }

    private SignupForm signupForm(String displayName, String email) {
        SignupForm f = new SignupForm();
        f.setDisplayName(displayName);
        f.setEmail(email);
        f.setOrganisation("Stadt " + CITY);
        f.setCityId(cityId());
        f.setPassword(PASSWORD);
        f.setPrivacyAccepted(true);
        return f;
    }

    /**
     * Many attendees at once for load and concurrency tests: inserted in one batch with the same password hash
     * (bcrypt per person would take seconds). Returns their emails in order.
     */
    public List<String> bulkAttendees(String prefix, int count) {
        String hash = passwordEncoder.encode(PASSWORD);
        long city = cityId();
        java.time.Instant now = java.time.Instant.now();
        List<String> emails = new java.util.ArrayList<>();
        List<Object[]> people = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = prefix + i + "@load.example";
            emails.add(email);
            people.add(new Object[] {email, prefix + " " + i, city, hash, java.sql.Timestamp.from(now)});
        }
        jdbc.batchUpdate("insert into person (email, display_name, city_id, password_hash, created_at, privacy_accepted_at) "
                + "values (?, ?, ?, ?, ?, ?)", people.stream().map(p -> new Object[] {p[0], p[1], p[2], p[3], p[4], p[4]}).toList());
        jdbc.update("insert into person_role (person_id, role) select id, 'ATTENDEE' from person where email like ?",
                prefix + "%@load.example");
        return emails;
    }

    /** "H2" or "MariaDB", for benchmark output. */
    public String databaseName() {
        return cleaner.isMariaDb() ? "MariaDB" : "H2";
    }

    public static String emailOf(String displayName) {
        return displayName.split(" ")[0].toLowerCase(Locale.ROOT) + "@test.example";
    }

    /** A valid form for an event starting in {@code daysAhead} days at 10:00, lasting until 16:00. */
    public EventForm eventForm(String title, EventKind kind, int daysAhead) {
        EventForm f = new EventForm();
        f.setTitle(title);
        f.setKind(kind);
        f.setDescription("Beschreibung von **" + title + "**");
        f.setHostCityId(cityId());
        f.setVenueName("Rathaus");
        f.setVenueAddress("Breite Straße 62, 23552 Lübeck");
        LocalDateTime start = LocalDateTime.now().plusDays(daysAhead).withHour(10).withMinute(0).withSecond(0).withNano(0);
        f.setStart(start);
        f.setEnd(start.withHour(16));
        f.setCapacity(50);
        return f;
    }

    /** Creates an event as the given organizer, optionally publishing it. */
    public EventDetails event(String organizerEmail, String title, EventKind kind, int daysAhead, EventState state) {
        return as(organizerEmail, () -> {
            EventDetails e = events.create(eventForm(title, kind, daysAhead));
            if (state == EventState.DRAFT) {
                return e;
            }
            e = events.changeState(e.slug(), EventState.PUBLISHED);
            if (state != EventState.PUBLISHED) {
                e = events.changeState(e.slug(), state);
            }
            return e;
        });
    }

    public <T> T as(String email, Supplier<T> work) {
        return runAs.as(email, work);
    }

    public void as(String email, Runnable work) {
        runAs.as(email, work);
    }
}
