package org.kogge.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kogge.common.InvalidInputException;
import org.kogge.testing.DatabaseCleaner;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * What the person table must do on H2 and on MariaDB alike: one account per email, instants with microseconds,
 * and names in any script (utf8mb4). Reads go through a fresh persistence context, so they show what the
 * database stored, not what Hibernate remembered.
 */
class PersonRepositoryTest extends ServiceTestBase {

    private static final Instant CREATED = Instant.parse("2026-03-01T10:15:30.123456Z");

    @Autowired
    PersonRepository people;

    @Autowired
    AccountService accounts;

    @Autowired
    DatabaseCleaner database;

    @Test
    void signingUpTwiceWithTheSameEmailInOtherCaseIsRefused() {
        fixtures.person("Alice Andersen");

        SignupForm again = signup("Alice Zweitkonto", "  ALICE@Test.Example ");

        assertThatThrownBy(() -> accounts.signUp(again))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.byField()).containsOnlyKeys("email");
                    assertThat(e.byField().get("email").messageKey()).isEqualTo("account.email.taken");
                });
        assertThat(people.findAll()).extracting(Person::getEmail)
                .containsExactlyInAnyOrder(Fixtures.ADMIN, "alice@test.example");
    }

    @Test
    void databaseRefusesASecondPersonWithTheSameEmail() {
        people.saveAndFlush(person("bob@x.example", "Bob"));

        assertThatThrownBy(() -> people.saveAndFlush(person("bob@x.example", "Bob Zwei")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(people.findAll()).extracting(Person::getDisplayName).containsOnlyOnce("Bob").doesNotContain("Bob Zwei");
    }

    @Test
    void emailsThatDifferOnlyInCaseClashOnMariaDb() {
        people.saveAndFlush(person("alice@x.example", "Alice"));

        if (database.isMariaDb()) {
            // utf8mb4 collations compare case-insensitively: that is why the service stores emails in lower case
            assertThatThrownBy(() -> people.saveAndFlush(person("Alice@x.example", "Alice Zwei")))
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThat(people.findByEmail("ALICE@X.EXAMPLE")).map(Person::getDisplayName).contains("Alice");
        } else {
            // H2 compares exactly; only the service's normalisation keeps the two apart there
            people.saveAndFlush(person("Alice@x.example", "Alice Zwei"));
            assertThat(people.findByEmail("Alice@x.example")).map(Person::getDisplayName).contains("Alice Zwei");
        }
    }

    @Test
    void createdAtKeepsItsMicroseconds() {
        Person saved = people.saveAndFlush(person("micro@x.example", "Micro"));

        Person loaded = people.findById(saved.getId()).orElseThrow();

        assertThat(loaded).isNotSameAs(saved);
        assertThat(loaded.getCreatedAt()).isEqualTo(CREATED);
        assertThat(loaded.getCreatedAt().getNano()).isEqualTo(123_456_000);
    }

    @Test
    void namesWithUmlautsAndEmojiComeBackUnchanged() {
        String name = "Jörg Größe-Übermuth 🚢⚓";
        String organisation = "Hansestadt Lübeck – Straßen & Plätze 🌊";
        SignupForm form = signup(name, "joerg@x.example");
        form.setOrganisation(organisation);

        PersonDto created = accounts.signUp(form);

        Person loaded = people.findById(created.id()).orElseThrow();
        assertThat(loaded.getDisplayName()).isEqualTo(name);
        assertThat(loaded.getOrganisation()).isEqualTo(organisation);
        assertThat(people.findByEmail("joerg@x.example")).map(Person::getDisplayName).contains(name);
    }

    private static Person person(String email, String name) {
        return new Person(email, name, null, null, "{noop}unused", CREATED);
    }

    private SignupForm signup(String name, String email) {
        SignupForm f = new SignupForm();
        f.setDisplayName(name);
        f.setEmail(email);
        f.setCityId(fixtures.cityId());
        f.setPassword(Fixtures.PASSWORD);
        f.setPrivacyAccepted(true);
        return f;
    }
}
