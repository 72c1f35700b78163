package org.kogge.ceremony;

import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.kogge.account.Role;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** A published ceremony and its organizer, for the tests of inviting, the guest list and the guest's answer. */
abstract class InvitationTestBase extends ServiceTestBase {

    @Autowired
    InvitationService invitations;
    @Autowired
    GuestListService guestList;
    @Autowired
    RsvpService rsvp;
    @Autowired
    CeremonyService ceremonies;
    @Autowired
    CeremonyFixtures ceremonyFixtures;

    String organizer;
    String slug;

    @BeforeEach
    void ceremony() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = ceremonyFixtures.ceremony(organizer, "Unterzeichnung");
    }

    <T> T asOrganizer(Supplier<T> work) {
        return fixtures.as(organizer, work);
    }

    void settings(LocalDateTime deadline, int companions) {
        asOrganizer(() -> ceremonies.saveSettings(slug, new CeremonySettingsForm(deadline, companions, false)));
    }
}
