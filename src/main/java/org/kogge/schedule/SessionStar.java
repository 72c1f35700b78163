package org.kogge.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.kogge.common.feed.NotInFeeds;

/** A session a person has starred for their agenda and calendar feed. */
@Entity
@NotInFeeds
@Table(name = "session_star")
@IdClass(SessionStar.Key.class)
public class SessionStar {

    @Id
    @Column(name = "person_id")
    private long personId;

    @Id
    @Column(name = "proposal_id")
    private long proposalId;

    @Column(name = "event_id")
    private long eventId;

    private Instant createdAt;

    protected SessionStar() {
    }

    SessionStar(long personId, long proposalId, long eventId, Instant now) {
        this.personId = personId;
        this.proposalId = proposalId;
        this.eventId = eventId;
        this.createdAt = now;
    }

    public long getPersonId() { return personId; }
    public long getProposalId() { return proposalId; }
    public long getEventId() { return eventId; }
    public Instant getCreatedAt() { return createdAt; }

    /** The composite key: one star per person and session. */
    public static class Key implements Serializable {
        private long personId;
        private long proposalId;

        protected Key() {
        }

        public Key(long personId, long proposalId) {
            this.personId = personId;
            this.proposalId = proposalId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.personId == personId && k.proposalId == proposalId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(personId) * 31 + Long.hashCode(proposalId);
        }
    }
}
