package org.kogge.calendar;

import java.util.Map;
import org.kogge.account.PersonalDataSource;
import org.springframework.stereotype.Component;

/**
 * A person's calendar feed in their data export (GDPR): whether they have one and since when. The token itself is
 * left out: it is a secret, and an export file travels further than the app.
 */
@Component
class CalendarDataSource implements PersonalDataSource {

    private final CalendarFeedService feeds;

    CalendarDataSource(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @Override
    public String section() {
        return "calendar-feed";
    }

    @Override
    public Object dataOf(long personId) {
        return feeds.feedCreatedAt(personId).<Object>map(at -> Map.of("personalFeed", true, "createdAt", at.toString()))
                .orElse(Map.of("personalFeed", false));
    }
}
