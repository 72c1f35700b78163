package org.kogge.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.testing.CeremonyFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/** The organizer's guest list: filters, counts, print list and the formula-safe CSV; a fixed number of queries. */
class GuestListServiceTest extends InvitationTestBase {

    @Test
    void guestListFiltersCountsAndExportsFormulaSafeCsv() {
        settings(null, 3);
        List<GuestRow> guests = asOrganizer(() -> invitations.invite(slug, List.of(
                new GuestForm("Anna Alt", "anna@kiel.example", "Stadt Kiel", GuestRole.GUEST),
                new GuestForm("=HYPERLINK(\"http://x\") Evil", "evil@x.example", "@SUM(A1)", GuestRole.PRESS),
                new GuestForm("Carla Chef", "carla@luebeck.example", "Hansestadt Lübeck", GuestRole.STAFF))));
        rsvp.answer(CeremonyFixtures.token(guests.get(0)), new RsvpForm(true, 3, null));
        rsvp.answer(CeremonyFixtures.token(guests.get(2)), new RsvpForm(false, 0, null));

        GuestCounts c = asOrganizer(() -> guestList.counts(slug));
        assertThat(c).isEqualTo(new GuestCounts(3, 1, 1, 1, 3, 1, 0, 0));
        assertThat(asOrganizer(() -> guestList.guests(slug, new GuestFilter(RsvpStatus.ACCEPTED, false, null),
                Pageable.unpaged()))).extracting(GuestRow::name).containsExactly("Anna Alt");
        assertThat(asOrganizer(() -> guestList.guests(slug, new GuestFilter(null, true, null), Pageable.unpaged())))
                .hasSize(1);
        assertThat(asOrganizer(() -> guestList.countGuests(slug, new GuestFilter(null, false, "lübeck")))).isEqualTo(1);
        assertThat(asOrganizer(() -> guestList.printList(slug))).extracting(GuestRow::name)
                .containsExactly("=HYPERLINK(\"http://x\") Evil", "Anna Alt");

        byte[] csv = asOrganizer(() -> guestList.exportCsv(slug, Locale.GERMAN, key -> key));
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("ceremony.csv.name;ceremony.csv.email");
        assertThat(text).contains("'=HYPERLINK").contains("'@SUM(A1)").contains("Anna Alt;anna@kiel.example;Stadt Kiel");
        assertThat(text).doesNotContain(CeremonyFixtures.token(guests.get(0)));
    }

    @Test
    void onlyTheCeremonysOrganizersReadTheList() {
        ceremonyFixtures.invite(organizer, slug, "Anna Alt");
        String attendee = fixtures.person("Anton Attendee").email();
        String other = fixtures.person("Otto Other", Role.ORGANIZER).email();
        for (String who : List.of(attendee, other)) {
            assertThatThrownBy(() -> fixtures.as(who, () -> guestList.counts(slug))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> guestList.countGuests(slug, GuestFilter.ALL)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> guestList.revoked(slug)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> guestList.printList(slug)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> guestList.exportCsv(slug, Locale.GERMAN, key -> key)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixtures.as(org.kogge.testing.Fixtures.ADMIN, () -> guestList.printList(slug))).hasSize(1);
    }

    @Test
    void listPagesUseAFixedNumberOfStatements() {
        ceremonyFixtures.invite(organizer, slug, "Anna Alt", "Bernd Bode");
        long few = statementsForLists();
        List<String> more = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            more.add("Gast" + i + " Nummer");
        }
        ceremonyFixtures.invite(organizer, slug, more.toArray(String[]::new));
        assertThat(statementsForLists()).isLessThanOrEqualTo(few);
    }

    @Autowired
    jakarta.persistence.EntityManagerFactory emf;
    @Autowired
    CheckinService checkin;

    private long statementsForLists() {
        org.hibernate.stat.Statistics stats = emf.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        stats.clear();
        asOrganizer(() -> guestList.guests(slug, GuestFilter.ALL, org.springframework.data.domain.PageRequest.of(0, 50)));
        asOrganizer(() -> guestList.counts(slug));
        asOrganizer(() -> guestList.printList(slug));
        asOrganizer(() -> checkin.search(slug, "gast"));
        return stats.getPrepareStatementCount();
    }
}
