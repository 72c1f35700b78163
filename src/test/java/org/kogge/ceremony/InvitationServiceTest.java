package org.kogge.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.testing.CeremonyFixtures;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/** Inviting: pasted lists checked first, all-or-nothing saving, organizers only, and the links' tokens. */
class InvitationServiceTest extends InvitationTestBase {

    @Test
    void previewReadsNameEmailLinesAndCsvAndMarksBadLines() {
        ceremonyFixtures.invite(organizer, slug, "Vera Vorher");
        String paste = """
                name;email;organisation;role
                Anna Alt <Anna.Alt@Kiel.example>
                "Müller, Bernd";bernd@schwerin.example;Landeshauptstadt Schwerin;Presse

                Carla Chef,carla@luebeck.example,Hansestadt Lübeck,staff
                ;nobody@x.example;;
                Dora Daneben;dora(at)example;;
                Emil Echo <anna.alt@kiel.example>
                Vera Vorher <vera@guest.example>
                Fritz Fremd;fritz@x.example;;Zauberer
                Gustav Ohne Punkt;gustav@localhost;;
                """;
        List<PreviewLine> lines = asOrganizer(() -> invitations.preview(slug, paste));

        assertThat(lines).extracting(PreviewLine::lineNumber).containsExactly(2, 3, 5, 6, 7, 8, 9, 10, 11);
        PreviewLine anna = lines.get(0);
        assertThat(anna.isValid()).isTrue();
        assertThat(anna.name()).isEqualTo("Anna Alt");
        assertThat(anna.email()).isEqualTo("anna.alt@kiel.example");
        PreviewLine bernd = lines.get(1);
        assertThat(bernd.isValid()).isTrue();
        assertThat(bernd.name()).isEqualTo("Müller, Bernd");
        assertThat(bernd.organisation()).isEqualTo("Landeshauptstadt Schwerin");
        assertThat(bernd.role()).isEqualTo(GuestRole.PRESS);
        assertThat(lines.get(2).role()).isEqualTo(GuestRole.STAFF);
        assertThat(lines.get(2).isValid()).isTrue();
        assertThat(lines.get(3).problemKey()).isEqualTo("ceremony.invite.name-missing");
        assertThat(lines.get(4).problemKey()).isEqualTo("ceremony.invite.email-invalid");
        assertThat(lines.get(5).problemKey()).isEqualTo("ceremony.invite.duplicate");
        assertThat(lines.get(5).problemArgs()).containsExactly(2);
        assertThat(lines.get(6).problemKey()).isEqualTo("ceremony.invite.already-invited");
        assertThat(lines.get(7).problemKey()).isEqualTo("ceremony.invite.role-unknown");
        assertThat(lines.get(8).problemKey()).isEqualTo("ceremony.invite.email-invalid");
        // Nothing was saved by the preview.
        assertThat(asOrganizer(() -> guestList.counts(slug)).invited()).isEqualTo(1);
    }

    @Test
    void commaCsvWithoutHeaderAndMissingEmail() {
        List<PreviewLine> lines = asOrganizer(() -> invitations.preview(slug, "Hanna Hafen,hanna@rostock.example\nIda Ohne\n"));
        assertThat(lines.get(0).isValid()).isTrue();
        assertThat(lines.get(0).role()).isEqualTo(GuestRole.GUEST);
        assertThat(lines.get(1).problemKey()).isEqualTo("ceremony.invite.email-missing");
    }

    @Test
    void savingIsAllOrNothing() {
        List<GuestForm> mixed = List.of(new GuestForm("Anna Alt", "anna@kiel.example", null, GuestRole.GUEST),
                new GuestForm("Bernd Bad", "not-an-email", null, GuestRole.GUEST));
        assertThat(problemOf(() -> asOrganizer(() -> invitations.invite(slug, mixed))))
                .isEqualTo("null:ceremony.invite.some-invalid");
        assertThat(asOrganizer(() -> guestList.counts(slug)).invited()).isZero();

        List<GuestForm> twice = List.of(new GuestForm("Anna Alt", "anna@kiel.example", null, GuestRole.GUEST),
                new GuestForm("Anna Again", " ANNA@kiel.example ", null, GuestRole.GUEST));
        assertThat(problemOf(() -> asOrganizer(() -> invitations.invite(slug, twice))))
                .isEqualTo("null:ceremony.invite.some-invalid");

        List<GuestRow> saved = asOrganizer(() -> invitations.invite(slug, mixed.subList(0, 1)));
        assertThat(saved).hasSize(1);
        assertThat(problemOf(() -> asOrganizer(() -> invitations.invite(slug,
                List.of(new GuestForm("Anna Zwei", "Anna@Kiel.example", null, GuestRole.PRESS))))))
                .isEqualTo("email:ceremony.invite.already-invited");
    }

    @Test
    void racingInvitationsOfTheSameGuestSaveOne() throws Exception {
        List<java.util.concurrent.Callable<String>> clicks = java.util.Collections.nCopies(12, () -> {
            try {
                asOrganizer(() -> invitations.invite(slug,
                        List.of(new GuestForm("Anna Alt", "anna@kiel.example", null, GuestRole.GUEST))));
                return "saved";
            } catch (InvalidInputException e) {
                return e.problems().get(0).messageKey();
            }
        });
        List<String> results = org.kogge.testing.Races.race(clicks);
        assertThat(results).filteredOn("saved"::equals).hasSize(1);
        assertThat(results).filteredOn(r -> !r.equals("saved")).containsOnly("ceremony.invite.already-invited");
        assertThat(asOrganizer(() -> guestList.counts(slug)).invited()).isEqualTo(1);
    }

    @Test
    void onlyTheCeremonysOrganizersInviteAndSeeGuests() {
        String attendee = fixtures.person("Anton Attendee").email();
        String expert = fixtures.person("Erika Expertin", Role.EXPERT).email();
        String other = fixtures.person("Otto Other", Role.ORGANIZER).email();
        ceremonyFixtures.invite(organizer, slug, "Anna Alt");
        for (String who : List.of(attendee, expert, other)) {
            assertThatThrownBy(() -> fixtures.as(who, () -> guestList.guests(slug, GuestFilter.ALL, Pageable.unpaged())))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> invitations.invite(slug,
                    List.of(new GuestForm("X", "x@x.example", null, GuestRole.GUEST))))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> invitations.preview(slug, "a <a@b.example>")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixtures.as(org.kogge.testing.Fixtures.ADMIN,
                () -> guestList.guests(slug, GuestFilter.ALL, Pageable.unpaged()))).hasSize(1);
    }

    @Test
    void tokensAreLongRandomUrlSafeAndBelongToOneInvitation() {
        List<GuestRow> guests = ceremonyFixtures.invite(organizer, slug, "Anna Alt", "Bernd Bode", "Carla Chef");
        Set<String> tokens = new HashSet<>();
        for (GuestRow g : guests) {
            String token = CeremonyFixtures.token(g);
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            tokens.add(token);
            assertThat(rsvp.open(token).guestName()).isEqualTo(g.name());
        }
        assertThat(tokens).hasSize(3);

        String other = ceremonyFixtures.ceremony(organizer, "Zweiter Festakt");
        GuestRow elsewhere = ceremonyFixtures.invite(organizer, other, "Anna Alt").get(0);
        assertThat(rsvp.open(CeremonyFixtures.token(elsewhere)).event().slug()).isEqualTo(other);
        assertThat(rsvp.open(CeremonyFixtures.token(guests.get(0))).event().slug()).isEqualTo(slug);
    }

    @Test
    void revokedLinksAreNoLongerValidAndANewLinkReplacesTheOld() {
        GuestRow anna = ceremonyFixtures.invite(organizer, slug, "Anna Alt").get(0);
        String old = CeremonyFixtures.token(anna);
        asOrganizer(() -> invitations.revoke(slug, anna.id()));
        assertThat(rsvp.open(old).phase()).isEqualTo(InvitationPage.Phase.REVOKED);
        assertThatThrownBy(() -> rsvp.answer(old, new RsvpForm(true, 0, null))).isInstanceOf(InvalidInputException.class);
        assertThat(asOrganizer(() -> guestList.counts(slug)).invited()).isZero();
        assertThat(asOrganizer(() -> guestList.revoked(slug))).extracting(GuestRow::name).containsExactly("Anna Alt");

        GuestRow renewed = asOrganizer(() -> invitations.renewLink(slug, anna.id()));
        String fresh = CeremonyFixtures.token(renewed);
        assertThat(fresh).isNotEqualTo(old);
        assertThat(rsvp.open(old).phase()).isEqualTo(InvitationPage.Phase.UNKNOWN);
        assertThat(rsvp.open(fresh).phase()).isEqualTo(InvitationPage.Phase.OPEN);
    }
}
