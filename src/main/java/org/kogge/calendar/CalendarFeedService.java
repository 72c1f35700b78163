package org.kogge.calendar;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kogge.account.CurrentUser;
import org.kogge.account.PeopleDirectory;
import org.kogge.common.PublicLinks;
import org.kogge.common.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal feed tokens ({@link SecretTokens}: 256 random bits, 43 characters), one per person. Regenerating replaces
 * the token, so the old address stops working at once. Reading a feed needs no login: the token is the permission,
 * compared exactly (the database's collation would ignore case).
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeedService {

    private final CalendarFeedRepository feeds;
    private final PublicLinks links;
    private final CurrentUser currentUser;
    private final PeopleDirectory people;
    private final Clock clock;

    public CalendarFeedService(CalendarFeedRepository feeds, PublicLinks links, CurrentUser currentUser,
                               PeopleDirectory people, Clock clock) {
        this.feeds = feeds;
        this.links = links;
        this.currentUser = currentUser;
        this.people = people;
        this.clock = clock;
    }

    /** The caller's feed, created on first use. */
    @Transactional
    public FeedLink myFeed() {
        long me = currentUser.requireId();
        CalendarFeed feed = feeds.findById(me).orElseGet(() -> create(me));
        return link(feed);
    }

    /** A new token for the caller's feed; the old address answers "not found" from now on. */
    @Transactional
    public FeedLink regenerate() {
        long me = currentUser.requireId();
        CalendarFeed feed = feeds.findById(me).orElse(null);
        if (feed == null) {
            return link(create(me));
        }
        feed.replaceToken(SecretTokens.next(), clock.instant());
        feeds.flush();
        return link(feed);
    }

    /**
     * Whose feed a token opens; nothing for unknown, replaced or malformed tokens, nor for a deleted account (its
     * row stays, without personal data, so its old feed address must not show its agenda any more).
     */
    public Optional<Long> personOf(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return feeds.findByToken(token).filter(f -> SecretTokens.same(f.getToken(), token))
                .map(CalendarFeed::getPersonId)
                .filter(id -> people.byIds(List.of(id)).values().stream().anyMatch(p -> p.email() != null));
    }

    /** When the person's feed address was made, if they have one: for their data export. */
    public Optional<java.time.Instant> feedCreatedAt(long personId) {
        return feeds.findById(personId).map(CalendarFeed::getCreatedAt);
    }

    private CalendarFeed create(long personId) {
        return feeds.saveAndFlush(new CalendarFeed(personId, SecretTokens.next(), clock.instant()));
    }

    private FeedLink link(CalendarFeed feed) {
        String url = links.feed(feed.getToken());
        return new FeedLink(url, links.webcal(url), feed.getCreatedAt());
    }
}
