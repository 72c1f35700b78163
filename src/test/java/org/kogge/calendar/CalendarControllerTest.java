package org.kogge.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.ical.IcsTesting.assertFolded;
import static org.kogge.ical.IcsTesting.byUid;
import static org.kogge.ical.IcsTesting.events;
import static org.kogge.ical.IcsTesting.parse;
import static org.kogge.ical.IcsTesting.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.kogge.account.PersonUserDetailsService;
import org.kogge.account.Role;
import org.kogge.event.EventDetails;
import org.kogge.event.EventForm;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.registration.RegistrationService;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.StarService;
import org.kogge.testing.CalendarFixtures.Camp;
import org.kogge.testing.CalendarFixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The calendar URLs over HTTP (MockMvc with the real security filter chain), read without a login. */
class CalendarControllerTest extends ServiceTestBase {

    @Autowired MockMvc mvc;
    @Autowired org.kogge.event.EventService eventService;
    @Autowired CalendarFixtures cf;
    @Autowired PlanningService planning;
    @Autowired StarService stars;
    @Autowired RegistrationService registrations;
    @Autowired CalendarFeedService feeds;
    @Autowired PersonUserDetailsService users;
    @Autowired org.kogge.account.AccountService accounts;
    @Autowired org.kogge.proposal.ProposalService proposals;
    @Autowired org.kogge.proposal.CohostService cohosts;

    MockHttpServletResponse fetch(String url, String... headers) throws Exception {
        var request = get(url);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theEventCalendarIsADownloadWithTheEventAndItsPublishedSessions() throws Exception {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser", "Deiche");
        MockHttpServletResponse r = fetch("/calendar/events/" + camp.slug() + ".ics");

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).isEqualToIgnoringCase("text/calendar;charset=UTF-8");
        assertThat(r.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment").contains("filename=\"" + camp.slug() + ".ics\"");
        assertThat(r.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=300").contains("public");
        assertThat(r.getHeader(HttpHeaders.ETAG)).startsWith("W/\"").endsWith("\""); // weak: it may go out gzipped
        byte[] body = r.getContentAsByteArray();
        assertFolded(body);
        Calendar c = parse(body);
        assertThat(value(c, "X-WR-CALNAME")).isEqualTo("Barcamp Smart Water");
        List<VEvent> all = events(c);
        assertThat(all).hasSize(3);
        VEvent session = byUid(c, "session-" + camp.sessions().get(0) + "@localhost");
        assertThat(value(session, Property.SUMMARY)).isEqualTo("Regenwasser");
        assertThat(value(session, Property.URL))
                .isEqualTo("http://localhost:8080/events/" + camp.slug() + "/sessions/" + camp.sessions().get(0));
        assertThat(value(session, Property.LOCATION)).isEqualTo("Trave, Rathaus, Breite Straße 62, 23552 Lübeck");
        assertThat(value(session, Property.DESCRIPTION))
                .isEqualTo("Worum es in Regenwasser geht\n\nMit: Hanna Host\n\nTeil von Barcamp Smart Water");
        assertThat(value(session, Property.STATUS)).isEqualTo("CONFIRMED");
        VEvent event = all.get(0);
        assertThat(value(event, Property.UID)).startsWith("event-").endsWith("@localhost");
        assertThat(value(event, Property.URL)).isEqualTo("http://localhost:8080/events/" + camp.slug());
        assertThat(value(event, Property.CATEGORIES)).isEqualTo("Barcamp");
    }

    @Test
    void aSecondRequestWithTheETagGets304AndAChangeGivesANewETag() throws Exception {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser", "Deiche");
        String url = "/calendar/events/" + camp.slug() + ".ics";
        String etag = fetch(url).getHeader(HttpHeaders.ETAG);
        assertThat(fetch(url).getHeader(HttpHeaders.ETAG)).isEqualTo(etag);

        MockHttpServletResponse unchanged = fetch(url, HttpHeaders.IF_NONE_MATCH, etag);
        assertThat(unchanged.getStatus()).isEqualTo(304);
        assertThat(unchanged.getContentAsByteArray()).isEmpty();
        assertThat(unchanged.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(unchanged.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=300");

        fixtures.as(camp.organizer(), () -> planning.cancel(camp.slug(), camp.sessions().get(1)));
        MockHttpServletResponse changed = fetch(url, HttpHeaders.IF_NONE_MATCH, etag);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
        VEvent cancelled = byUid(parse(changed.getContentAsByteArray()), "session-" + camp.sessions().get(1) + "@localhost");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");

        String session = "/calendar/sessions/" + camp.sessions().get(0) + ".ics";
        String sessionTag = fetch(session).getHeader(HttpHeaders.ETAG);
        assertThat(fetch(session, HttpHeaders.IF_NONE_MATCH, sessionTag).getStatus()).isEqualTo(304);
    }

    @Test
    void theNetworkCalendarHasThePublicEventsFilteredLikeTheEventListAndAnswers304UntilOneChanges() throws Exception {
        String organizer = fixtures.person("Otto Orga", Role.ORGANIZER).email();
        fixtures.event(organizer, "Barcamp Kiel", EventKind.BARCAMP, 10, EventState.PUBLISHED);
        EventDetails ceremony = fixtures.event(organizer, "Unterzeichnung", EventKind.CEREMONY, 20, EventState.PUBLISHED);
        fixtures.event(organizer, "Geheimer Entwurf", EventKind.BARCAMP, 15, EventState.DRAFT);
        long wismar = fixtures.city("Wismar");
        EventForm elsewhere = fixtures.eventForm("Barcamp Wismar", EventKind.BARCAMP, 30);
        elsewhere.setHostCityId(wismar);
        fixtures.as(organizer, () -> eventService.changeState(eventService.create(elsewhere).slug(), EventState.PUBLISHED));

        MockHttpServletResponse all = fetch("/calendar/events.ics");
        assertThat(all.getStatus()).isEqualTo(200);
        assertThat(all.getContentType()).isEqualToIgnoringCase("text/calendar;charset=UTF-8");
        assertThat(all.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=300").contains("public");
        Calendar c = parse(all.getContentAsByteArray());
        assertThat(value(c, "X-WR-CALNAME")).endsWith(": Veranstaltungen");
        assertThat(events(c)).extracting(e -> value(e, Property.SUMMARY))
                .containsExactly("Barcamp Kiel", "Unterzeichnung", "Barcamp Wismar");

        Calendar inWismar = parse(fetch("/calendar/events.ics?city=" + wismar).getContentAsByteArray());
        assertThat(value(inWismar, "X-WR-CALNAME")).endsWith(": Veranstaltungen in Wismar");
        assertThat(events(inWismar)).extracting(e -> value(e, Property.SUMMARY)).containsExactly("Barcamp Wismar");
        Calendar ceremonies = parse(fetch("/calendar/events.ics?kind=CEREMONY", HttpHeaders.ACCEPT_LANGUAGE, "en")
                .getContentAsByteArray());
        assertThat(value(ceremonies, "X-WR-CALNAME")).endsWith(": events · Ceremony");
        assertThat(events(ceremonies)).extracting(e -> value(e, Property.SUMMARY)).containsExactly("Unterzeichnung");

        String etag = all.getHeader(HttpHeaders.ETAG);
        assertThat(fetch("/calendar/events.ics", HttpHeaders.IF_NONE_MATCH, etag).getStatus()).isEqualTo(304);
        fixtures.as(organizer, () -> eventService.changeState(ceremony.slug(), EventState.CANCELLED));
        MockHttpServletResponse changed = fetch("/calendar/events.ics", HttpHeaders.IF_NONE_MATCH, etag);
        assertThat(changed.getStatus()).isEqualTo(200);
        VEvent cancelled = byUid(parse(changed.getContentAsByteArray()), "event-" + ceremony.id() + "@localhost");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");

        for (String url : new String[] {"/calendar/events.ics?city=abc", "/calendar/events.ics?city=99999999",
                "/calendar/events.ics?kind=PARTY"}) {
            assertThat(fetch(url).getStatus()).as(url).isEqualTo(404);
        }
    }

    @Test
    void draftsUnknownEventsAndUnpublishedSchedulesAreNotFoundEvenForTheirOrganizers() throws Exception {
        String organizer = fixtures.person("Otto Orga", Role.ORGANIZER).email();
        String draft = fixtures.event(organizer, "Geheimer Entwurf", EventKind.CEREMONY, 10, EventState.DRAFT).slug();
        var otto = users.loadUserByUsername(organizer);
        assertThat(mvc.perform(get("/calendar/events/" + draft + ".ics").with(user(otto))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(fetch("/calendar/events/" + draft + ".ics").getStatus()).isEqualTo(404);
        assertThat(fetch("/calendar/events/gibt-es-nicht.ics").getStatus()).isEqualTo(404);
        assertThat(fetch("/calendar/sessions/999999.ics").getStatus()).isEqualTo(404);

        Camp unpublished = cf.camp("Barcamp Planung", false, "Noch geheim");
        MockHttpServletResponse event = fetch("/calendar/events/" + unpublished.slug() + ".ics");
        assertThat(event.getStatus()).isEqualTo(200);
        assertThat(events(parse(event.getContentAsByteArray()))).hasSize(1);
        assertThat(new String(event.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Noch geheim");
        assertThat(fetch("/calendar/sessions/" + unpublished.sessions().get(0) + ".ics").getStatus()).isEqualTo(404);
        var olga = users.loadUserByUsername(unpublished.organizer());
        assertThat(mvc.perform(get("/calendar/sessions/" + unpublished.sessions().get(0) + ".ics").with(user(olga)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void addressesThatCannotNameACalendarAreAPlainNotFound() throws Exception {
        for (String url : new String[] {"/calendar/sessions/abc.ics", "/calendar/sessions/99999999999999999999.ics",
                "/calendar/sessions/-1.ics", "/calendar/events/x.ics", "/calendar/feed/x.ics"}) {
            MockHttpServletResponse r = fetch(url);
            assertThat(r.getStatus()).as(url).isEqualTo(404);
            assertThat(r.getContentType()).as(url).startsWith("text/plain");
            assertThat(r.getHeader(HttpHeaders.LOCATION)).as(url).isNull();
        }
    }

    @Test
    void oneSessionAsACalendar() throws Exception {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser", "Deiche");
        MockHttpServletResponse r = fetch("/calendar/sessions/" + camp.sessions().get(1) + ".ics",
                HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.8");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename=\"session-" + camp.sessions().get(1) + ".ics\"");
        Calendar c = parse(r.getContentAsByteArray());
        assertThat(events(c)).hasSize(1);
        VEvent v = events(c).get(0);
        assertThat(value(v, Property.SUMMARY)).isEqualTo("Deiche");
        assertThat(value(v, Property.DESCRIPTION)).contains("Hosted by Hanna Host").contains("Part of Barcamp Smart Water");
    }

    @Test
    void thePersonalFeedNeedsNoLoginFollowsStarsAndRegistrationsAndDiesWhenRegenerated() throws Exception {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser", "Deiche", "Moore");
        String me = cf.attendee(camp);
        login(me);
        stars.toggle(camp.slug(), camp.sessions().get(0));
        FeedLink link = feeds.myFeed();
        logout();
        // kogge.base-url is not set in the tests: the link follows the (mock) request, http://localhost.
        assertThat(link.url()).startsWith("http://localhost/calendar/feed/").endsWith(".ics");
        assertThat(link.webcalUrl()).isEqualTo(link.url().replace("http://", "webcal://"));
        String token = link.url().substring(link.url().lastIndexOf('/') + 1, link.url().length() - 4);
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        String url = "/calendar/feed/" + token + ".ics";

        MockHttpServletResponse first = fetch(url);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
        assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).contains("private").contains("max-age=300");
        Calendar c = parse(first.getContentAsByteArray());
        assertThat(events(c)).extracting(v -> value(v, Property.SUMMARY))
                .containsExactly("Barcamp Smart Water", "Regenwasser");
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(fetch(url, HttpHeaders.IF_NONE_MATCH, etag).getStatus()).isEqualTo(304);

        fixtures.as(me, () -> stars.toggle(camp.slug(), camp.sessions().get(2)));
        MockHttpServletResponse starred = fetch(url, HttpHeaders.IF_NONE_MATCH, etag);
        assertThat(starred.getStatus()).isEqualTo(200);
        assertThat(events(parse(starred.getContentAsByteArray()))).extracting(v -> value(v, Property.SUMMARY))
                .containsExactly("Barcamp Smart Water", "Regenwasser", "Moore");
        String etag2 = starred.getHeader(HttpHeaders.ETAG);
        assertThat(etag2).isNotEqualTo(etag);

        fixtures.as(me, () -> registrations.cancel(camp.slug()));
        MockHttpServletResponse unregistered = fetch(url, HttpHeaders.IF_NONE_MATCH, etag2);
        assertThat(unregistered.getStatus()).isEqualTo(200);
        assertThat(events(parse(unregistered.getContentAsByteArray()))).extracting(v -> value(v, Property.SUMMARY))
                .containsExactly("Regenwasser", "Moore");

        FeedLink fresh = fixtures.as(me, () -> feeds.regenerate());
        assertThat(fresh.url()).isNotEqualTo(link.url());
        assertThat(fetch(url).getStatus()).isEqualTo(404);
        assertThat(fetch(java.net.URI.create(fresh.url()).getPath()).getStatus()).isEqualTo(200);
        assertThat(fetch("/calendar/feed/nonsense.ics").getStatus()).isEqualTo(404);
        assertThat(fetch("/calendar/feed/" + "A".repeat(43) + ".ics").getStatus()).isEqualTo(404);
    }

    /**
     * A host's feed holds the sessions they host or co-host, without a star, once the programme is published:
     * cancelled ones as cancelled, moved ones where they are now; a session of somebody else stays out.
     */
    @Test
    void aHostsFeedHoldsTheSessionsTheyHostOnceTheProgrammeIsPublished() throws Exception {
        Camp camp = cf.camp("Barcamp Smart Water", false, "Regenwasser", "Deiche", "Moore", "Watt");
        String hanna = java.net.URI.create(fixtures.as(camp.host(), () -> feeds.myFeed()).url()).getPath();
        assertThat(summaries(fetch(hanna))).as("not published yet: only her seat")
                .containsExactly("Barcamp Smart Water");

        fixtures.as(camp.organizer(), () -> planning.publish(camp.slug()));
        assertThat(summaries(fetch(hanna))).as("Watt is Bea Berg's")
                .containsExactly("Barcamp Smart Water", "Regenwasser", "Deiche", "Moore");

        fixtures.as(camp.organizer(), () -> planning.cancel(camp.slug(), camp.sessions().get(1)));
        VEvent deiche = events(parse(fetch(hanna).getContentAsByteArray())).stream()
                .filter(v -> value(v, Property.SUMMARY).equals("Deiche")).findFirst().orElseThrow();
        assertThat(value(deiche, Property.STATUS)).isEqualTo("CANCELLED");

        // A co-host who accepted has the session too.
        String kai = cf.attendee(camp);
        long watt = camp.sessions().get(3);
        var form = fixtures.as(camp.organizer(), () -> proposals.formFor(camp.slug(), watt));
        form.getCohostEmails().add(kai);
        fixtures.as(camp.organizer(), () -> proposals.update(camp.slug(), watt, form));
        String kaisFeed = java.net.URI.create(fixtures.as(kai, () -> feeds.myFeed()).url()).getPath();
        assertThat(summaries(fetch(kaisFeed))).as("only asked, not yet a co-host")
                .containsExactly("Barcamp Smart Water");
        fixtures.as(kai, () -> cohosts.accept(camp.slug(), watt));
        assertThat(summaries(fetch(kaisFeed))).containsExactly("Barcamp Smart Water", "Watt");
    }

    private static List<String> summaries(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        return events(parse(response.getContentAsByteArray())).stream().map(v -> value(v, Property.SUMMARY)).toList();
    }

    /**
     * Issue 11.4: the token is compared exactly. MariaDB's default collation ignores case, so before, the token with
     * one letter's case changed opened the same feed there (run this on MariaDB to see it).
     */
    @Test
    void aFeedTokenWithOneLettersCaseChangedOpensNothing() throws Exception {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser");
        String me = cf.attendee(camp);
        String url = java.net.URI.create(fixtures.as(me, () -> feeds.myFeed()).url()).getPath();
        String token = url.substring("/calendar/feed/".length(), url.length() - ".ics".length());
        int letter = firstLetter(token);
        char c = token.charAt(letter);
        String otherCase = token.substring(0, letter)
                + (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))
                + token.substring(letter + 1);

        assertThat(fetch(url).getStatus()).isEqualTo(200);
        assertThat(fetch("/calendar/feed/" + otherCase + ".ics").getStatus()).isEqualTo(404);
        assertThat(feeds.personOf(otherCase)).isEmpty();
        assertThat(feeds.personOf(token)).isPresent();
    }

    private static int firstLetter(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return i;
            }
        }
        throw new AssertionError("a token without letters: " + token);
    }

    @Test
    void aDeletedAccountsFeedIsGoneAndTheExportNamesNoToken() throws Exception {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser");
        String me = cf.attendee(camp);
        login(me);
        FeedLink link = feeds.myFeed();
        String url = java.net.URI.create(link.url()).getPath();
        assertThat(fetch(url).getStatus()).isEqualTo(200);
        login(me); // the request above ended with a cleared security context on this thread
        String export = accounts.exportMyData();
        assertThat(export).contains("calendar-feed").doesNotContain(link.url().substring(link.url().lastIndexOf('/') + 1, link.url().length() - 4));
        accounts.deleteMyAccount(org.kogge.testing.Fixtures.PASSWORD);
        logout();
        assertThat(fetch(url).getStatus()).isEqualTo(404);
    }

    @Test
    void onlyReadingIsOpen() throws Exception {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser");
        int status = mvc.perform(post("/calendar/events/" + camp.slug() + ".ics")).andReturn().getResponse().getStatus();
        assertThat(status).isIn(401, 403, 405);
        assertThat(fetch("/calendar/events/" + camp.slug() + ".ics").getStatus()).isEqualTo(200);
    }
}
