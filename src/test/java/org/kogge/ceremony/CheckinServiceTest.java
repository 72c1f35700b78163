package org.kogge.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.NotFoundException;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.Races;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The door: name search and ticking guests off. The race tests run on H2 and, in CI, on MariaDB, where two
 * transactions really update the same row at once.
 */
class CheckinServiceTest extends ServiceTestBase {

    @Autowired
    CheckinService checkin;
    @Autowired
    InvitationService invitations;
    @Autowired
    CeremonyFixtures ceremonyFixtures;
    @Autowired
    RsvpService rsvp;

    String organizer;
    String slug;
    List<GuestRow> guests;

    @BeforeEach
    void guests() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = ceremonyFixtures.ceremony(organizer, "Unterzeichnung");
        guests = ceremonyFixtures.invite(organizer, slug, "Jürgen Müller", "Anna Schmidt", "Anne-Marie Schmitz",
                "Bernd Mueller", "Zoe Östergaard");
    }

    private List<String> search(String query) {
        return fixtures.as(organizer, () -> checkin.search(slug, query)).stream().map(CheckinRow::name).toList();
    }

    @Test
    void searchMatchesFirstOrLastNamePrefixesFoldingUmlauts() {
        assertThat(search("")).hasSize(5);
        assertThat(search("mül")).containsExactlyInAnyOrder("Jürgen Müller", "Bernd Mueller");
        assertThat(search("MUELL")).containsExactlyInAnyOrder("Jürgen Müller", "Bernd Mueller");
        assertThat(search("juergen")).containsExactly("Jürgen Müller");
        assertThat(search("oster")).containsExactly("Zoe Östergaard");
        assertThat(search("marie")).containsExactly("Anne-Marie Schmitz");
        assertThat(search("schmidt anna")).first().isEqualTo("Anna Schmidt");
        assertThat(search("jürgen müller")).containsExactly("Jürgen Müller");
        assertThat(search("an")).containsExactly("Anna Schmidt", "Anne-Marie Schmitz");
        assertThat(search("xyz")).isEmpty();
    }

    @Test
    void searchForgivesOneTypoAndRanksExactMatchesFirst() {
        assertThat(search("Shcmidt")).containsExactly("Anna Schmidt");
        assertThat(search("Schmidz")).containsExactly("Anna Schmidt", "Anne-Marie Schmitz");
        assertThat(search("schmit")).first().isEqualTo("Anne-Marie Schmitz");
        assertThat(search("Müler")).containsExactlyInAnyOrder("Jürgen Müller", "Bernd Mueller");
        assertThat(search("Brend")).containsExactly("Bernd Mueller");
        // Two typos are too many; short words need to match exactly.
        assertThat(search("Shcmitd")).isEmpty();
        assertThat(search("Bx")).isEmpty();
    }

    @Test
    void guestsWhoDeclinedComeAfterThoseExpectedAtTheDoor() {
        rsvp.answer(CeremonyFixtures.token(guests.get(1)), new RsvpForm(false, 0, null));
        rsvp.answer(CeremonyFixtures.token(guests.get(3)), new RsvpForm(true, 0, null));

        assertThat(search("")).containsExactly("Anne-Marie Schmitz", "Bernd Mueller", "Jürgen Müller",
                "Zoe Östergaard", "Anna Schmidt");
        // A better match still comes first, whatever the answer.
        assertThat(search("anna")).first().isEqualTo("Anna Schmidt");
        assertThat(search("an")).containsExactly("Anne-Marie Schmitz", "Anna Schmidt");
    }

    @Test
    void checkInShowsTimeThenUndo() {
        long anna = guests.get(1).id();
        CheckinResult first = fixtures.as(organizer, () -> checkin.checkIn(slug, anna));
        assertThat(first.outcome()).isEqualTo(CheckinResult.Outcome.CHECKED_IN);
        assertThat(first.checkedInAt()).isNotNull();
        CheckinResult second = fixtures.as(organizer, () -> checkin.checkIn(slug, anna));
        assertThat(second.outcome()).isEqualTo(CheckinResult.Outcome.ALREADY);
        assertThat(second.checkedInAt()).isEqualTo(first.checkedInAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(fixtures.as(organizer, () -> checkin.counts(slug)).arrived()).isEqualTo(1);
        assertThat(fixtures.as(organizer, () -> checkin.search(slug, "anna")).get(0).arrived()).isTrue();

        assertThat(fixtures.as(organizer, () -> checkin.undo(slug, anna)).outcome()).isEqualTo(CheckinResult.Outcome.UNDONE);
        assertThat(fixtures.as(organizer, () -> checkin.undo(slug, anna)).outcome())
                .isEqualTo(CheckinResult.Outcome.NOT_CHECKED_IN);
        assertThat(fixtures.as(organizer, () -> checkin.counts(slug)).arrived()).isZero();
    }

    @Test
    void revokedGuestsAndOtherEventsGuestsCannotBeCheckedIn() {
        long anna = guests.get(1).id();
        fixtures.as(organizer, () -> invitations.revoke(slug, anna));
        assertThatThrownBy(() -> fixtures.as(organizer, () -> checkin.checkIn(slug, anna))).isInstanceOf(NotFoundException.class);
        assertThat(search("anna")).doesNotContain("Anna Schmidt");

        String other = ceremonyFixtures.ceremony(organizer, "Anderer Festakt");
        long stranger = ceremonyFixtures.invite(organizer, other, "Sven Fremd").get(0).id();
        assertThatThrownBy(() -> fixtures.as(organizer, () -> checkin.checkIn(slug, stranger)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyOrganizersCheckIn() {
        String attendee = fixtures.person("Anton Attendee").email();
        String expert = fixtures.person("Erika Expertin", Role.EXPERT).email();
        for (String who : List.of(attendee, expert)) {
            assertThatThrownBy(() -> fixtures.as(who, () -> checkin.checkIn(slug, guests.get(0).id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> checkin.search(slug, "a")))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void twoStaffTickingTheSameGuestAtOnceCountOnce() throws Exception {
        String colleague = fixtures.person("Kai Kollege", Role.ORGANIZER).email();
        fixtures.as(organizer, () -> eventService.addOrganizerByEmail(slug, colleague));
        List<Callable<CheckinResult>> ticks = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            for (GuestRow g : guests) {
                String staff = round % 2 == 0 ? organizer : colleague;
                ticks.add(() -> fixtures.as(staff, () -> checkin.checkIn(slug, g.id())));
            }
        }
        List<CheckinResult> results = Races.race(ticks);

        assertThat(results).filteredOn(r -> r.outcome() == CheckinResult.Outcome.CHECKED_IN).hasSize(guests.size());
        assertThat(results).filteredOn(r -> r.outcome() == CheckinResult.Outcome.ALREADY).hasSize(45);
        assertThat(results).allMatch(r -> r.checkedInAt() != null);
        assertThat(fixtures.as(organizer, () -> checkin.counts(slug)).arrived()).isEqualTo(guests.size());
        // Everyone told "already" sees the time of the one tick that counted.
        for (int g = 0; g < guests.size(); g++) {
            List<java.time.Instant> times = new ArrayList<>();
            for (int i = g; i < results.size(); i += guests.size()) {
                times.add(results.get(i).checkedInAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            }
            assertThat(times).as(guests.get(g).name()).containsOnly(times.get(0));
        }
    }

    @Autowired
    org.kogge.event.EventService eventService;
}
