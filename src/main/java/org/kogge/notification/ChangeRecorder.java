package org.kogge.notification;

import java.time.Clock;
import org.kogge.schedule.SessionAdded;
import org.kogge.schedule.SessionCancelled;
import org.kogge.schedule.SessionMoved;
import org.kogge.schedule.SessionPlace;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes each change of a published programme that people are told about (moved, cancelled, restored) into the
 * digest's table, {@code BEFORE_COMMIT} like {@link SeatMails}: in the change's own transaction, so a rolled-back
 * move queues nothing and a committed one is never lost. {@link ChangeDigests} mails them later, batched.
 */
@Component
class ChangeRecorder {

    private final DigestChangeRepository changes;
    private final Clock clock;

    ChangeRecorder(DigestChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(SessionMoved e) {
        record(e.eventId(), e.sessionId(), DigestChange.Kind.MOVED, e.title(), e.to());
    }

    /** Cancelled, withdrawn or sent back to the side list: for the people who follow it, it will not take place. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(SessionCancelled e) {
        record(e.eventId(), e.sessionId(), DigestChange.Kind.CANCELLED, e.title(), e.place());
    }

    /**
     * A restored session, or one placed again after it was sent back to the side list within the digest's window
     * (whose digest would otherwise say only that it is cancelled): both take place after all, at the new place. A
     * session new to the programme has nobody who starred it, and its seat holders see it in the programme.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(SessionAdded e) {
        if (e.restored() || changes.existsBySessionIdAndKindAndSentAtIsNull(e.sessionId(),
                DigestChange.Kind.CANCELLED)) {
            record(e.eventId(), e.sessionId(), DigestChange.Kind.RESTORED, e.title(), e.place());
        }
    }

    private void record(long eventId, long sessionId, DigestChange.Kind kind, String title, SessionPlace place) {
        changes.save(new DigestChange(eventId, sessionId, kind, title, place == null ? null : place.room(),
                place == null ? null : place.startsAt(), place == null ? null : place.endsAt(), clock.instant()));
    }
}
