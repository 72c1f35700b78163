package org.kogge.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.AccountService;
import org.kogge.account.ProfileForm;
import org.kogge.event.EventForm;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.proposal.CohostService;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalService;
import org.kogge.schedule.PlanningService;
import org.kogge.testing.CalendarFixtures;
import org.kogge.testing.CalendarFixtures.Camp;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.ServiceTestBase;
import org.kogge.testing.StoppedClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The rendered calendar files and API answers (FeedCache) over HTTP: every kind of change reaches them at once, an
 * unchanged one answers If-None-Match and If-Modified-Since with 304 without a single query, and hosts are read as
 * names, never as person rows. The app's clock moves by hand, so that Last-Modified can be checked to the second.
 */
class FeedCacheTest extends ServiceTestBase {

    @Autowired MockMvc mvc;
    @Autowired CalendarFixtures cf;
    @Autowired ScheduleFixtures sf;
    @Autowired PlanningService planning;
    @Autowired ProposalService proposals;
    @Autowired EventService events;
    @Autowired AccountService accounts;
    @Autowired EntityManagerFactory emf;
    @Autowired StoppedClock clock;

    Camp camp;
    Instant now = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void camp() {
        clock.stopAt(now);
        camp = cf.camp("Barcamp Smart Water", true, "Regenwasser", "Deiche");
    }

    private List<String> urls() {
        return List.of("/calendar/events/" + camp.slug() + ".ics", "/calendar/sessions/" + camp.sessions().get(0) + ".ics",
                "/api/v1/events/" + camp.slug(), "/api/v1/events/" + camp.slug() + "/sessions");
    }

    private MockHttpServletResponse fetch(String url, String... headers) throws Exception {
        var request = get(url).header(HttpHeaders.ACCEPT_LANGUAGE, "de");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String text(String url) throws Exception {
        MockHttpServletResponse r = fetch(url);
        assertThat(r.getStatus()).as(url).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    /** Fetches every file (so each is cached), makes the change at a later second, and returns the files after it. */
    private List<String> afterChange(Runnable change) throws Exception {
        for (String url : urls()) {
            text(url);
            assertThat(text(url)).as("a second fetch").isNotBlank();
        }
        now = now.plusSeconds(10);
        clock.stopAt(now);
        change.run();
        List<String> after = new java.util.ArrayList<>();
        for (String url : urls()) {
            after.add(text(url));
        }
        return after;
    }

    private Statistics statistics() {
        return emf.unwrap(SessionFactory.class).getStatistics();
    }

    @Test
    void unchangedFilesAnswer304WithoutAnyQueryAndAChangeEndsThat() throws Exception {
        for (String url : urls()) {
            MockHttpServletResponse first = fetch(url);
            String etag = first.getHeader(HttpHeaders.ETAG);
            String modified = first.getHeader(HttpHeaders.LAST_MODIFIED);
            assertThat(etag).as(url).isNotBlank();
            assertThat(modified).as(url).isNotBlank();
            Statistics stats = statistics();
            stats.clear();
            assertThat(fetch(url, HttpHeaders.IF_NONE_MATCH, etag).getStatus()).as(url).isEqualTo(304);
            assertThat(fetch(url, HttpHeaders.IF_MODIFIED_SINCE, modified).getStatus()).as(url).isEqualTo(304);
            MockHttpServletResponse again = fetch(url);
            assertThat(again.getStatus()).isEqualTo(200);
            assertThat(again.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
            assertThat(stats.getPrepareStatementCount()).as(url + ": statements for two 304s and a cached 200").isZero();
        }
        String url = urls().get(0);
        MockHttpServletResponse before = fetch(url);
        now = now.plusSeconds(1);
        clock.stopAt(now);
        fixtures.as(camp.organizer(), () -> planning.cancel(camp.slug(), camp.sessions().get(0)));
        assertThat(fetch(url, HttpHeaders.IF_NONE_MATCH, before.getHeader(HttpHeaders.ETAG)).getStatus()).isEqualTo(200);
        assertThat(fetch(url, HttpHeaders.IF_MODIFIED_SINCE, before.getHeader(HttpHeaders.LAST_MODIFIED)).getStatus())
                .isEqualTo(200);
    }

    @Test
    void aMovedOrCancelledSessionReachesCalendarsAndApi() throws Exception {
        List<String> after = afterChange(() -> fixtures.as(camp.organizer(), () -> {
            planning.place(camp.slug(), camp.sessions().get(0), camp.rooms().get(1).id(), camp.slots().get(2).id());
            planning.cancel(camp.slug(), camp.sessions().get(1));
        }));
        assertThat(after.get(0)).contains("LOCATION:Wakenitz").contains("STATUS:CANCELLED");
        assertThat(after.get(1)).contains("LOCATION:Wakenitz");
        assertThat(after.get(3)).contains("\"room\":\"Wakenitz\"").contains("\"status\":\"CANCELLED\"");
    }

    @Autowired
    CohostService cohosts;

    @Test
    void aProposalsTitleAbstractAndCohostsReachCalendarsAndApi() throws Exception {
        String bea = sf.participant(camp.slug(), "Bea Berg");
        long id = camp.sessions().get(0);
        List<String> after = afterChange(() -> {
            fixtures.as(camp.organizer(), () -> {
                ProposalForm f = proposals.formFor(camp.slug(), id);
                f.setTitle("Regenwasser im Garten");
                f.setAbstractText("Zisternen");
                f.setCohostEmails(Set.of(bea));
                proposals.update(camp.slug(), id, f);
            });
            // A co-host is named once they agree.
            fixtures.as(bea, () -> cohosts.accept(camp.slug(), id));
        });
        assertThat(after.get(0)).contains("SUMMARY:Regenwasser im Garten").contains("Bea Berg").contains("Zisternen");
        assertThat(after.get(1)).contains("SUMMARY:Regenwasser im Garten").contains("Bea Berg");
        assertThat(after.get(3)).contains("Regenwasser im Garten").contains("Bea Berg").contains("Zisternen");
    }

    @Test
    void anEventsTitlePlaceAndStateReachCalendarsAndApi() throws Exception {
        List<String> after = afterChange(() -> fixtures.as(camp.organizer(), () -> {
            EventForm f = events.formFor(camp.slug());
            f.setTitle("Barcamp Sauberes Wasser");
            f.setVenueName("Kulturwerft");
            events.update(camp.slug(), f);
            events.changeState(camp.slug(), EventState.CANCELLED);
        }));
        assertThat(after.get(0)).contains("X-WR-CALNAME:Barcamp Sauberes Wasser").contains("Kulturwerft")
                .doesNotContain("STATUS:CONFIRMED");
        assertThat(after.get(1)).contains("Kulturwerft").contains("STATUS:CANCELLED");
        assertThat(after.get(2)).contains("\"title\":\"Barcamp Sauberes Wasser\"").contains("\"state\":\"CANCELLED\"");
        assertThat(after.get(3)).contains("\"title\":\"Barcamp Sauberes Wasser\"");
    }

    @Test
    void aHostsNewNameAndDeletedAccountReachCalendarsAndApi() throws Exception {
        List<String> renamed = afterChange(() -> fixtures.as(camp.host(),
                () -> accounts.updateMyProfile(new ProfileForm("Hanna Hafen", camp.host(), null, fixtures.cityId()))));
        assertThat(renamed.get(0)).contains("Hanna Hafen").doesNotContain("Hanna Host");
        assertThat(renamed.get(3)).contains("Hanna Hafen").doesNotContain("Hanna Host");

        List<String> deleted = afterChange(() -> fixtures.as(camp.host(), () -> accounts.deleteMyAccount(Fixtures.PASSWORD)));
        assertThat(deleted.get(0)).doesNotContain("Hanna Hafen");
        assertThat(deleted.get(3)).doesNotContain("Hanna Hafen");
    }

    @Test
    void hostsAndOrganizersAreReadAsNamesNeverAsPersonRows() throws Exception {
        Statistics stats = statistics();
        stats.clear();
        for (String url : urls()) {
            assertThat(text(url)).contains("Barcamp Smart Water");
        }
        assertThat(text(urls().get(3))).contains("Hanna Host");
        assertThat(stats.getEntityStatistics("org.kogge.account.Person").getLoadCount()).isZero();
        assertThat(stats.getEntityStatistics("org.kogge.account.Person").getFetchCount()).isZero();
    }

    /** A render that overlapped a change is served but not kept, so the change is never hidden behind it. */
    @Test
    void aChangeDuringARenderIsNotHiddenBehindIt(@Autowired org.kogge.common.feed.FeedCache cache,
                                                 @Autowired org.kogge.common.feed.ChangeStamps stamps) {
        long event = fixtures.as(camp.organizer(), () -> events.details(camp.slug())).id();
        Supplier<org.kogge.common.feed.FeedCache.Fresh> old = () -> {
            stamps.eventChanged(event); // committed while the old data was being read
            return new org.kogge.common.feed.FeedCache.Fresh(event, "old".getBytes(StandardCharsets.UTF_8), null);
        };
        assertThat(cache.get("test/overlap", null, old).body()).asString().isEqualTo("old");
        assertThat(cache.get("test/overlap", null,
                () -> new org.kogge.common.feed.FeedCache.Fresh(event, "new".getBytes(StandardCharsets.UTF_8), null))
                .body()).asString().isEqualTo("new");
    }
}
