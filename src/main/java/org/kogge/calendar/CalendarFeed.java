package org.kogge.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kogge.common.feed.NotInFeeds;

/**
 * The secret of a person's personal calendar feed: whoever knows the token reads the feed (a capability URL), so it
 * is long and random, and a new one replaces the old one at once.
 */
@Entity
@NotInFeeds
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "person_id")
    private Long personId;

    private String token;
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long personId, String token, Instant now) {
        this.personId = personId;
        this.token = token;
        this.createdAt = now;
    }

    public Long getPersonId() { return personId; }
    public String getToken() { return token; }
    public Instant getCreatedAt() { return createdAt; }

    void replaceToken(String newToken, Instant now) {
        this.token = newToken;
        this.createdAt = now;
    }
}
