package org.kogge.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.kogge.common.SecretTokens;
import org.kogge.testing.CeremonyFixtures;

/** The guest's side: what a link shows, and answering until the deadline. */
class RsvpServiceTest extends InvitationTestBase {

    @Test
    void unknownMalformedAndCaseChangedTokensAreUnknown() {
        String token = CeremonyFixtures.token(ceremonyFixtures.invite(organizer, slug, "Anna Alt").get(0));
        assertThat(rsvp.open("nope").phase()).isEqualTo(InvitationPage.Phase.UNKNOWN);
        assertThat(rsvp.open(null).phase()).isEqualTo(InvitationPage.Phase.UNKNOWN);
        assertThat(rsvp.open(SecretTokens.next()).phase()).isEqualTo(InvitationPage.Phase.UNKNOWN);
        String flipped = swapCase(token);
        if (!flipped.equals(token)) {
            assertThat(rsvp.open(flipped).phase()).isEqualTo(InvitationPage.Phase.UNKNOWN);
        }
        assertThat(rsvp.open(token).phase()).isEqualTo(InvitationPage.Phase.OPEN);
    }

    @Test
    void draftCeremoniesDoNotShowTheirInvitationsYet() {
        String draft = fixtures.event(organizer, "Entwurf", org.kogge.event.EventKind.CEREMONY, 10,
                org.kogge.event.EventState.DRAFT).slug();
        GuestRow g = ceremonyFixtures.invite(organizer, draft, "Anna Alt").get(0);
        assertThat(rsvp.open(CeremonyFixtures.token(g)).phase()).isEqualTo(InvitationPage.Phase.NOT_ACTIVE);
    }

    @Test
    void acceptWithCompanionsUpToTheLimitThenChangeTheAnswer() {
        settings(null, 2);
        String token = CeremonyFixtures.token(ceremonyFixtures.invite(organizer, slug, "Anna Alt").get(0));

        assertThat(problemOf(() -> rsvp.answer(token, new RsvpForm(true, 3, null))))
                .isEqualTo("companions:ceremony.rsvp.companions.too-many");
        assertThat(problemOf(() -> rsvp.answer(token, new RsvpForm(true, -1, null))))
                .isEqualTo("companions:ceremony.rsvp.companions.negative");
        assertThat(problemOf(() -> rsvp.answer(token, new RsvpForm(null, 0, null))))
                .isEqualTo("attending:validation.required");
        assertThat(rsvp.open(token).rsvp()).isEqualTo(RsvpStatus.PENDING);

        InvitationPage yes = rsvp.answer(token, new RsvpForm(true, 2, "  Rollstuhl, bitte ebenerdiger Zugang "));
        assertThat(yes.rsvp()).isEqualTo(RsvpStatus.ACCEPTED);
        assertThat(yes.companions()).isEqualTo(2);
        assertThat(yes.note()).isEqualTo("Rollstuhl, bitte ebenerdiger Zugang");
        GuestCounts counts = asOrganizer(() -> guestList.counts(slug));
        assertThat(counts.accepted()).isEqualTo(1);
        assertThat(counts.companions()).isEqualTo(2);
        assertThat(counts.expected()).isEqualTo(3);

        InvitationPage no = rsvp.answer(token, new RsvpForm(false, 2, null));
        assertThat(no.rsvp()).isEqualTo(RsvpStatus.DECLINED);
        assertThat(no.companions()).isZero();
        counts = asOrganizer(() -> guestList.counts(slug));
        assertThat(counts.declined()).isEqualTo(1);
        assertThat(counts.companions()).isZero();

        assertThat(rsvp.answer(token, new RsvpForm(true, 1, null)).rsvp()).isEqualTo(RsvpStatus.ACCEPTED);
        assertThat(rsvp.acceptedGuest(token)).isPresent();
    }

    @Test
    void afterTheDeadlineTheAnswerIsReadOnly() {
        String token = CeremonyFixtures.token(ceremonyFixtures.invite(organizer, slug, "Anna Alt").get(0));
        rsvp.answer(token, new RsvpForm(true, 0, null));
        settings(LocalDateTime.now(ZoneId.of("Europe/Berlin")).minusHours(1), 1);

        InvitationPage page = rsvp.open(token);
        assertThat(page.phase()).isEqualTo(InvitationPage.Phase.READ_ONLY);
        assertThat(page.rsvp()).isEqualTo(RsvpStatus.ACCEPTED);
        assertThat(problemOf(() -> rsvp.answer(token, new RsvpForm(false, 0, null))))
                .isEqualTo("null:ceremony.rsvp.closed");
        assertThat(rsvp.open(token).rsvp()).isEqualTo(RsvpStatus.ACCEPTED);
        assertThat(rsvp.acceptedGuest(token)).isPresent();
    }

    @Test
    void withoutCompanionsAllowedNoneCanBeBrought() {
        String token = CeremonyFixtures.token(ceremonyFixtures.invite(organizer, slug, "Anna Alt").get(0));
        assertThat(problemOf(() -> rsvp.answer(token, new RsvpForm(true, 1, null))))
                .isEqualTo("companions:ceremony.rsvp.companions.too-many");
        assertThat(rsvp.acceptedGuest(token)).isEmpty();
    }

    private static String swapCase(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            b.append(Character.isUpperCase(ch) ? Character.toLowerCase(ch) : Character.toUpperCase(ch));
        }
        return b.toString();
    }
}
