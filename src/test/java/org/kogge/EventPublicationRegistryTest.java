package org.kogge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.testing.ProbeListener;
import org.kogge.testing.ProbeListener.Probe;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.kogge.account.AccountCreated;
import org.kogge.account.AccountDeleted;
import org.kogge.proposal.ProposalAccepted;
import org.kogge.proposal.ProposalDeclined;
import org.kogge.proposal.ProposalMerged;
import org.kogge.proposal.ProposalReopened;
import org.kogge.registration.PersonPromoted;
import org.kogge.registration.PersonRegistered;
import org.kogge.registration.PersonWaitlisted;
import org.kogge.registration.RegistrationCancelled;
import org.kogge.ceremony.InvitationAnswered;
import org.kogge.ceremony.InvitationCreated;
import org.kogge.ceremony.InvitationRevoked;
import org.kogge.ceremony.RsvpStatus;
import org.kogge.schedule.SchedulePublished;
import org.kogge.schedule.SessionAdded;
import org.kogge.schedule.SessionCancelled;
import org.kogge.schedule.SessionMoved;
import org.kogge.schedule.SessionPlace;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events between features go through Spring Modulith's event publication registry (table event_publication): a
 * listener hears an event only once the publishing transaction committed; until the listener completed, the
 * publication stays recorded, so that one that failed (or was cut off by a stop) is published again at the next
 * start ({@code spring.modulith.events.republish-outstanding-events-on-restart}); completed ones are deleted.
 */
class EventPublicationRegistryTest extends ServiceTestBase {

    private static final Instant NINE = Instant.parse("2026-06-01T07:00:00Z");

    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProbeListener listener;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired EventSerializer serializer;

    @BeforeEach
    void quiet() {
        listener.forget();
    }

    @Test
    void anEventOfATransactionThatRollsBackIsNeverHeardNorKept() {
        transactions.executeWithoutResult(status -> {
            publisher.publishEvent(new Probe("rolled back"));
            status.setRollbackOnly();
        });
        assertThat(listener.heard()).isEmpty();
        assertThat(publications()).isEmpty();
    }

    @Test
    void anEventIsHeardOnlyAfterCommitAndItsCompletedPublicationIsDeleted() {
        transactions.executeWithoutResult(status -> {
            publisher.publishEvent(new Probe("committed"));
            assertThat(listener.heard()).isEmpty();
        });
        assertThat(listener.heard()).containsExactly("committed");
        assertThat(publications()).isEmpty();
    }

    @Test
    void aPublicationWhoseListenerFailedStaysIncompleteUntilItIsPublishedAgainSuccessfully() {
        listener.failing(true);
        // The failure stays with the listener (logged); the publishing transaction committed and its caller goes on.
        transactions.executeWithoutResult(status -> publisher.publishEvent(new Probe("mail")));
        assertThat(listener.heard()).isEmpty();
        assertThat(publications()).singleElement().satisfies(row -> {
            assertThat(row.get("completion_date")).isNull();
            assertThat(row.get("status")).isEqualTo("FAILED");
            assertThat((String) row.get("listener_id")).contains(ProbeListener.class.getSimpleName());
            assertThat((String) row.get("event_type")).isEqualTo(Probe.class.getName());
            assertThat((String) row.get("serialized_event")).contains("mail");
        });

        // What a restart does (republish-outstanding-events-on-restart): publish the incomplete ones again. While
        // the listener still fails the publication stays; once it completes, it is gone.
        incomplete.resubmitIncompletePublications(p -> true);
        assertThat(publications()).singleElement().satisfies(row -> assertThat(row.get("completion_date")).isNull());
        listener.failing(false);
        incomplete.resubmitIncompletePublications(p -> true);
        assertThat(listener.heard()).containsExactly("mail");
        assertThat(publications()).isEmpty();
    }

    @Test
    void everyDomainEventSurvivesTheRegistrysSerializationSoThatItCanBePublishedAgain() {
        List<Object> events = List.of(new ProposalAccepted(1, 2, 3), new ProposalDeclined(1, 2, 3, true),
                new ProposalReopened(1, 2, false), new ProposalMerged(1, 2, 4, true),
                new org.kogge.proposal.CohostAccepted(1, 2, 5), new org.kogge.proposal.CohostLeft(1, 2, 5),
                new PersonRegistered(1, 5),
                new PersonWaitlisted(1, 5), new PersonPromoted(1, 5), new RegistrationCancelled(1, 5, true),
                new AccountCreated(5), new AccountDeleted(5), new InvitationCreated(1, 6),
                new InvitationAnswered(1, 6, RsvpStatus.ACCEPTED, 2), new InvitationRevoked(1, 6),
                new SchedulePublished(1, NINE), new SessionAdded(1, 2, "Sensornetze", place(7, NINE), true),
                new SessionMoved(1, 2, "Sensornetze", place(7, NINE), place(8, NINE.plusSeconds(3600))),
                new SessionCancelled(1, 2, "Sensornetze", place(7, NINE), SessionCancelled.Reason.WITHDRAWN));
        for (Object event : events) {
            Object stored = serializer.serialize(event);
            assertThat(serializer.deserialize(stored, event.getClass())).isEqualTo(event);
        }
    }

    private static SessionPlace place(long roomId, Instant start) {
        return new SessionPlace(roomId, "Raum " + roomId, start, start.plusSeconds(45 * 60));
    }

    private List<Map<String, Object>> publications() {
        return jdbc.queryForList("select * from event_publication");
    }
}
