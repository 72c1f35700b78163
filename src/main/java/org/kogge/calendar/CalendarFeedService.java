package org.kogge.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.List;
import org.kogge.account.CurrentUser;
import org.kogge.account.PeopleDirectory;
import org.kogge.common.PublicLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal feed tokens: 32 random bytes from {@link SecureRandom}, URL-safe Base64 (43 characters), one per person.
 * Regenerating replaces the token, so the old address stops working at once. Reading a feed needs no login: the
 * token is the permission.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeedService {

    static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CalendarFeedRepository feeds;
    private final PublicLinks links;
    private final CurrentUser currentUser;
    private final PeopleDirectory people;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

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
        feed.replaceToken(newToken(), clock.instant());
        feeds.flush();
        return link(feed);
    }

    /**
     * Whose feed a token opens; nothing for unknown, replaced or malformed tokens, nor for a deleted account (its
     * row stays, without personal data, so its old feed address must not show its agenda any more).
     */
    public Optional<Long> personOf(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return feeds.findByToken(token).map(CalendarFeed::getPersonId)
                .filter(id -> people.byIds(List.of(id)).values().stream().anyMatch(p -> p.email() != null));
    }

    /** When the person's feed address was made, if they have one: for their data export. */
    public Optional<java.time.Instant> feedCreatedAt(long personId) {
        return feeds.findById(personId).map(CalendarFeed::getCreatedAt);
    }

    private CalendarFeed create(long personId) {
        return feeds.saveAndFlush(new CalendarFeed(personId, newToken(), clock.instant()));
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private FeedLink link(CalendarFeed feed) {
        String url = links.feed(feed.getToken());
        return new FeedLink(url, links.webcal(url), feed.getCreatedAt());
    }
}
