package org.kogge.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kogge.testing.ScheduleFixtures.DAY1;

import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.schedule.SessionCancelled.Reason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change to a session of a published schedule publishes its {@link SessionEvent} (added, moved, cancelled) in
 * the changing transaction; a draft's changes and refused changes publish none, and a change that rolls back is never
 * heard by an after-commit listener.
 */
class SessionEventsTest extends ScheduleTestBase {

    @Autowired SessionEventsHeard afterCommit;
    @Autowired TransactionTemplate transactions;

    long eventId;

    @BeforeEach
    void eventId() {
        eventId = asOrga(() -> planning.planner(slug)).event().eventId();
        afterCommit.forget();
    }

    @Test
    void aDraftsChangesPublishNoSessionEvents() {
        TwoOfEach g = twoOfEach(1);
        asOrga(() -> planning.place(slug, g.s1(), g.saal().id(), g.first().id()));
        asOrga(() -> planning.place(slug, g.s1(), g.stube().id(), g.second().id()));
        asOrga(() -> planning.place(slug, g.s2(), g.saal().id(), g.first().id()));
        fixtures.as(organizer, () -> planning.cancel(slug, g.s2()));
        fixtures.as(organizer, () -> planning.restore(slug, g.s2()));
        asOrga(() -> roomSlots.updateRoom(slug, g.stube().id(), new RoomForm("Hörsaal", 30, null, true)));
        asOrga(() -> roomSlots.updateSlot(slug, g.second().id(),
                new SlotForm(DAY1, LocalTime.of(10, 15), LocalTime.of(11, 0), SlotKind.SESSION, null)));
        fixtures.as(organizer, () -> planning.unplace(slug, g.s1()));
        fixtures.as(organizer, () -> moderation.reopen(slug, g.s2()));

        assertThat(heard.stream(SessionEvent.class)).isEmpty();
        assertThat(afterCommit.events()).isEmpty();
    }

    @Test
    void placingIntoAPublishedScheduleAndRestoringAreSessionAdded() {
        TwoOfEach g = publishedWithS1InTheSaal();
        asOrga(() -> planning.place(slug, g.s2(), g.stube().id(), g.first().id()));
        fixtures.as(organizer, () -> planning.cancel(slug, g.s2()));
        fixtures.as(organizer, () -> planning.restore(slug, g.s2()));

        SessionPlace stube = place(g.stube(), "Kriegsstube", g.first());
        assertThat(heard.stream(SessionAdded.class)).containsExactly(
                new SessionAdded(eventId, g.s2(), "Starkregen-Frühwarnung", stube, false),
                new SessionAdded(eventId, g.s2(), "Starkregen-Frühwarnung", stube, true));
        // Heard after commit, in order, one per change.
        assertThat(afterCommit.events()).hasSize(3).element(2).isEqualTo(heard.stream(SessionAdded.class).toList().get(1));

        // Refused: the room is taken; restoring into a room that is taken by now.
        heard.clear();
        assertThat(keys(catchInvalid(() -> planning.place(slug, g.s2(), g.saal().id(), g.first().id()))))
                .containsExactly("schedule.place.room-taken");
        assertThat(heard.stream(SessionEvent.class)).isEmpty();
        fixtures.as(organizer, () -> planning.cancel(slug, g.s1()));
        asOrga(() -> planning.place(slug, g.s2(), g.saal().id(), g.first().id()));
        heard.clear();
        assertThat(keys(catchInvalid(() -> planning.restore(slug, g.s1())))).containsExactly("schedule.place.room-taken");
        assertThat(heard.stream(SessionEvent.class)).isEmpty();
    }

    @Test
    void movingRetimingAndRenamingTheRoomAreSessionMoved() {
        TwoOfEach g = publishedWithS1InTheSaal();
        SessionPlace saal = place(g.saal(), "Bürgerschaftssaal", g.first());
        SessionPlace stube = place(g.stube(), "Kriegsstube", g.second());
        asOrga(() -> planning.place(slug, g.s1(), g.stube().id(), g.second().id()));
        asOrga(() -> planning.place(slug, g.s1(), g.stube().id(), g.second().id())); // the same place: no change
        asOrga(() -> roomSlots.updateSlot(slug, g.second().id(),
                new SlotForm(DAY1, LocalTime.of(10, 15), LocalTime.of(11, 0), SlotKind.SESSION, null)));
        SessionPlace later = new SessionPlace(g.stube().id(), "Kriegsstube", at(DAY1, "10:15"), at(DAY1, "11:00"));
        asOrga(() -> roomSlots.updateRoom(slug, g.stube().id(), new RoomForm("Hörsaal", 30, null, true)));

        String title = "Sensornetze im Kanal";
        assertThat(heard.stream(SessionMoved.class)).containsExactly(
                new SessionMoved(eventId, g.s1(), title, saal, stube),
                new SessionMoved(eventId, g.s1(), title, stube, later),
                new SessionMoved(eventId, g.s1(), title, later,
                        new SessionPlace(g.stube().id(), "Hörsaal", later.startsAt(), later.endsAt())));
        assertThat(heard.stream(SessionEvent.class)).hasSize(3);

        // Refused: a host busy at that time; an unknown room; someone who does not organize the event.
        heard.clear();
        long s3 = sf.session(slug, organizer, erika, "Pegeldaten als Open Data", 1);
        asOrga(() -> planning.place(slug, s3, g.saal().id(), g.first().id()));
        heard.clear();
        assertThat(keys(catchInvalid(() -> planning.place(slug, s3, g.saal().id(), g.second().id()))))
                .containsExactly("schedule.place.host-busy");
        assertThat(keys(catchInvalid(() -> planning.place(slug, s3, 999_999L, g.first().id()))))
                .containsExactly("schedule.room.not-found");
        assertThatThrownBy(() -> fixtures.as(erika, () -> planning.place(slug, s3, g.stube().id(), g.first().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(heard.stream(SessionEvent.class)).isEmpty();
    }

    @Test
    void cancellingWithdrawingAndRemovingAreSessionCancelledWithTheirReason() {
        TwoOfEach g = publishedWithS1InTheSaal();
        SessionPlace saal = place(g.saal(), "Bürgerschaftssaal", g.first());
        asOrga(() -> planning.place(slug, g.s2(), g.stube().id(), g.second().id()));
        SessionPlace stube = place(g.stube(), "Kriegsstube", g.second());
        heard.clear();

        fixtures.as(organizer, () -> planning.cancel(slug, g.s1()));
        fixtures.as(organizer, () -> planning.cancel(slug, g.s1()));   // cancelled already: nothing new
        fixtures.as(organizer, () -> planning.unplace(slug, g.s1()));  // off the grid
        fixtures.as(organizer, () -> moderation.decline(slug, g.s2(), "Der Referent ist krank geworden."));
        // The withdrawn session is not in the programme: its room's new name is no news about it.
        asOrga(() -> roomSlots.updateRoom(slug, g.stube().id(), new RoomForm("Hörsaal", 30, null, true)));
        long s3 = sf.session(slug, organizer, erika, "Pegeldaten als Open Data", 1);
        asOrga(() -> planning.place(slug, s3, g.stube().id(), g.first().id()));
        asOrga(() -> roomSlots.removeRoom(slug, g.stube().id()));     // its sessions go back (s2: silently)

        SessionPlace s3Place = place(g.stube(), "Hörsaal", g.first());
        assertThat(heard.stream(SessionCancelled.class)).containsExactly(
                new SessionCancelled(eventId, g.s1(), "Sensornetze im Kanal", saal, Reason.CANCELLED),
                new SessionCancelled(eventId, g.s1(), "Sensornetze im Kanal", saal, Reason.REMOVED),
                new SessionCancelled(eventId, g.s2(), "Starkregen-Frühwarnung", stube, Reason.WITHDRAWN),
                new SessionCancelled(eventId, s3, "Pegeldaten als Open Data", s3Place, Reason.REMOVED));
        assertThat(heard.stream(SessionMoved.class)).isEmpty();

        // Refused: not placed any more; someone who does not organize the event.
        heard.clear();
        assertThat(keys(catchInvalid(() -> planning.unplace(slug, g.s1())))).containsExactly("schedule.session.not-placed");
        assertThat(keys(catchInvalid(() -> planning.cancel(slug, s3)))).containsExactly("schedule.session.not-placed");
        asOrga(() -> planning.place(slug, s3, g.saal().id(), g.first().id()));
        heard.clear();
        assertThatThrownBy(() -> fixtures.as(erika, () -> planning.cancel(slug, s3)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(heard.stream(SessionEvent.class)).isEmpty();
    }

    @Test
    void aChangeThatRollsBackIsNeverHeard() {
        TwoOfEach g = publishedWithS1InTheSaal();
        asOrga(() -> transactions.execute(status -> {
            planning.place(slug, g.s1(), g.stube().id(), g.second().id());
            status.setRollbackOnly();
            return null;
        }));
        assertThat(heard.stream(SessionMoved.class)).hasSize(1); // published inside the transaction ...
        assertThat(afterCommit.events()).isEmpty();                  // ... but never heard: it rolled back
        assertThat(changes()).isEmpty();

        asOrga(() -> planning.place(slug, g.s1(), g.stube().id(), g.second().id()));
        assertThat(afterCommit.events()).singleElement().isInstanceOf(SessionMoved.class);
    }

    private static SessionPlace place(RoomDto room, String name, SlotDto slot) {
        return new SessionPlace(room.id(), name, slot.startsAt(), slot.endsAt());
    }

    /** Two rooms, two slots, two sessions; the first placed in the Bürgerschaftssaal at 09:00, published. */
    private TwoOfEach publishedWithS1InTheSaal() {
        TwoOfEach g = twoOfEach(1);
        asOrga(() -> planning.place(slug, g.s1(), g.saal().id(), g.first().id()));
        fixtures.as(organizer, () -> planning.publish(slug));
        afterCommit.forget();
        heard.clear();
        return g;
    }
}
