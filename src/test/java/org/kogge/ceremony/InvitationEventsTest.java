package org.kogge.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.testing.CeremonyFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Inviting, answering and revoking each publish exactly their event; a refused action publishes nothing. */
@RecordApplicationEvents
class InvitationEventsTest extends InvitationTestBase {

    @Autowired
    ApplicationEvents heard;

    @Test
    void everyInvitedGuestOfAPastedListIsOneEvent() {
        List<GuestRow> guests = ceremonyFixtures.invite(organizer, slug, "Anna Alt", "Bernd Bode");
        assertThat(heard.stream(InvitationCreated.class).map(InvitationCreated::invitationId))
                .containsExactly(guests.get(0).id(), guests.get(1).id());
        assertThat(heard.stream(InvitationCreated.class).map(InvitationCreated::eventId).distinct()).hasSize(1);
        assertThat(heard.stream(InvitationAnswered.class)).isEmpty();
        assertThat(heard.stream(InvitationRevoked.class)).isEmpty();
    }

    @Test
    void refusedInvitationsPublishNothing() {
        List<GuestForm> mixed = List.of(new GuestForm("Anna Alt", "anna@kiel.example", null, GuestRole.GUEST),
                new GuestForm("Bernd Bad", "not-an-email", null, GuestRole.GUEST));
        assertThat(problemOf(() -> asOrganizer(() -> invitations.invite(slug, mixed))))
                .isEqualTo("null:ceremony.invite.some-invalid");
        String attendee = fixtures.person("Anton Attendee").email();
        assertThatThrownBy(() -> fixtures.as(attendee, () -> invitations.invite(slug, mixed.subList(0, 1))))
                .isInstanceOf(AccessDeniedException.class);
        String other = fixtures.person("Otto Other", Role.ORGANIZER).email();
        assertThatThrownBy(() -> fixtures.as(other, () -> invitations.invite(slug, mixed.subList(0, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(heard.stream(InvitationCreated.class)).isEmpty();
    }

    @Test
    void eachAnswerIsAnEventWithTheNewAnswerAndCompanions() {
        settings(null, 2);
        GuestRow g = ceremonyFixtures.invite(organizer, slug, "Anna Alt").get(0);
        long eventId = heard.stream(InvitationCreated.class).findFirst().orElseThrow().eventId();
        String token = CeremonyFixtures.token(g);

        assertThat(problemOf(() -> rsvp.answer(token, new RsvpForm(true, 3, null))))
                .isEqualTo("companions:ceremony.rsvp.companions.too-many");
        assertThat(heard.stream(InvitationAnswered.class)).isEmpty();

        rsvp.answer(token, new RsvpForm(true, 2, null));
        rsvp.answer(token, new RsvpForm(false, 2, null));
        assertThat(heard.stream(InvitationAnswered.class)).containsExactly(
                new InvitationAnswered(eventId, g.id(), RsvpStatus.ACCEPTED, 2),
                new InvitationAnswered(eventId, g.id(), RsvpStatus.DECLINED, 0));
    }

    @Test
    void revokingPublishesOnceAndOnlyForTheOrganizer() {
        GuestRow g = ceremonyFixtures.invite(organizer, slug, "Anna Alt").get(0);
        long eventId = heard.stream(InvitationCreated.class).findFirst().orElseThrow().eventId();
        String attendee = fixtures.person("Anton Attendee").email();
        assertThatThrownBy(() -> fixtures.as(attendee, () -> invitations.revoke(slug, g.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(heard.stream(InvitationRevoked.class)).isEmpty();

        asOrganizer(() -> invitations.revoke(slug, g.id()));
        asOrganizer(() -> invitations.revoke(slug, g.id()));
        assertThat(heard.stream(InvitationRevoked.class)).containsExactly(new InvitationRevoked(eventId, g.id()));
    }
}
