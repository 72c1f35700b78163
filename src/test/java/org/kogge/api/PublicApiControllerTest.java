package org.kogge.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.schedule.PlanningService;
import org.kogge.testing.CalendarFixtures.Camp;
import org.kogge.testing.CalendarFixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The public JSON API: its shape, times with offsets, nothing private, no drafts, CORS and ETags. */
class PublicApiControllerTest extends ServiceTestBase {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired CalendarFixtures cf;
    @Autowired PlanningService planning;

    MockHttpServletResponse fetch(String url, String... headers) throws Exception {
        var request = get(url);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    JsonNode read(MockHttpServletResponse r) throws Exception {
        assertThat(r.getContentType()).startsWith("application/json");
        return json.readTree(r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asString()));
        return out;
    }

    @Test
    void theEventListHasPublicEventsOnlyWithOffsetsAndCityFilter() throws Exception {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser");
        fixtures.event(camp.organizer(), "Geheimer Entwurf", EventKind.CEREMONY, 5, EventState.DRAFT);
        fixtures.event(camp.organizer(), "Urkunde Lübeck", EventKind.CEREMONY, 5, EventState.CANCELLED);

        MockHttpServletResponse r = fetch("/api/v1/events", HttpHeaders.ORIGIN, "https://www.luebeck.example");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
        assertThat(r.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=120");
        JsonNode list = read(r);
        assertThat(list.path("page").asInt()).isZero();
        assertThat(list.path("size").asInt()).isEqualTo(20);
        assertThat(list.path("total").asLong()).isEqualTo(2);
        assertThat(texts(list.path("events"), "title")).containsExactly("Urkunde Lübeck", "Barcamp Smart Water");
        JsonNode barcamp = list.path("events").get(1);
        assertThat(barcamp.path("slug").asString()).isEqualTo(camp.slug());
        assertThat(barcamp.path("kind").asString()).isEqualTo("BARCAMP");
        assertThat(barcamp.path("state").asString()).isEqualTo("PUBLISHED");
        assertThat(barcamp.path("city").asString()).isEqualTo("Lübeck");
        assertThat(barcamp.path("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(barcamp.path("startsAt").asString()).isEqualTo("2027-10-30T09:00:00+02:00");
        assertThat(barcamp.path("endsAt").asString()).isEqualTo("2027-10-31T17:00:00+01:00");
        assertThat(barcamp.path("calendarUrl").asString()).isEqualTo("http://localhost:8080/calendar/events/" + camp.slug() + ".ics");
        assertThat(list.path("events").get(0).path("state").asString()).isEqualTo("CANCELLED");

        assertThat(read(fetch("/api/v1/events?city=lübeck")).path("total").asLong()).isEqualTo(2);
        assertThat(read(fetch("/api/v1/events?city=" + fixtures.cityId())).path("total").asLong()).isEqualTo(2);
        fixtures.city("Wismar");
        assertThat(read(fetch("/api/v1/events?city=Wismar")).path("events")).isEmpty();
        assertThat(read(fetch("/api/v1/events?city=Atlantis")).path("events")).isEmpty();
        assertThat(texts(read(fetch("/api/v1/events?kind=barcamp")).path("events"), "title"))
                .containsExactly("Barcamp Smart Water");
        assertThat(read(fetch("/api/v1/events?size=1&page=1")).path("events").get(0).path("title").asString())
                .isEqualTo("Barcamp Smart Water");
        MockHttpServletResponse bad = fetch("/api/v1/events?size=1000");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(read(bad).path("error").asString()).isEqualTo("bad-request");
        assertThat(fetch("/api/v1/events?kind=party").getStatus()).isEqualTo(400);
        assertThat(fetch("/api/v1/events?page=x").getStatus()).isEqualTo(400);
    }

    @Test
    void theScheduleIsPublicDataWithOffsetsAndNoEmailsOrIds() throws Exception {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser", "Deiche", "Moore", "Watt");
        fixtures.as(camp.organizer(), () -> planning.cancel(camp.slug(), camp.sessions().get(1)));

        JsonNode event = read(fetch("/api/v1/events/" + camp.slug()));
        assertThat(event.path("title").asString()).isEqualTo("Barcamp Smart Water");
        assertThat(event.path("description").asString()).isEqualTo("Beschreibung von Barcamp Smart Water");
        assertThat(event.path("address").asString()).isEqualTo("Breite Straße 62, 23552 Lübeck");
        assertThat(event.path("schedulePublished").asBoolean()).isTrue();
        assertThat(event.path("organizers").get(0).asString()).isEqualTo("Olga Orga");
        assertThat(event.path("sessionsUrl").asString()).endsWith("/api/v1/events/" + camp.slug() + "/sessions");
        assertThat(OffsetDateTime.parse(event.path("lastChange").asString()).getOffset().getTotalSeconds()).isEqualTo(3600);

        MockHttpServletResponse r = fetch("/api/v1/events/" + camp.slug() + "/sessions");
        assertThat(r.getStatus()).isEqualTo(200);
        String body = r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("@test.example").doesNotContain("email").doesNotContain("votes")
                .doesNotContain("hostIds").doesNotContain("personId");
        JsonNode s = read(r);
        assertThat(s.path("event").asString()).isEqualTo(camp.slug());
        assertThat(s.path("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(texts(s.path("rooms"), "name")).containsExactly("Trave", "Wakenitz");
        assertThat(s.path("rooms").get(1).path("stepFree").asBoolean()).isFalse();
        assertThat(s.path("slots")).hasSize(3);
        assertThat(texts(s.path("sessions"), "title")).containsExactly("Regenwasser", "Watt", "Deiche", "Moore");
        JsonNode first = s.path("sessions").get(0);
        assertThat(first.path("id").asLong()).isEqualTo(camp.sessions().get(0));
        assertThat(first.path("room").asString()).isEqualTo("Trave");
        assertThat(first.path("startsAt").asString()).isEqualTo("2027-10-30T10:00:00+02:00");
        assertThat(first.path("endsAt").asString()).isEqualTo("2027-10-30T10:45:00+02:00");
        assertThat(first.path("hosts").get(0).asString()).isEqualTo("Hanna Host");
        assertThat(first.path("abstractText").asString()).isEqualTo("Worum es in Regenwasser geht");
        assertThat(first.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(first.path("url").asString()).endsWith("/events/" + camp.slug() + "/sessions/" + camp.sessions().get(0));
        JsonNode sunday = s.path("sessions").get(3);
        assertThat(sunday.path("startsAt").asString()).isEqualTo("2027-10-31T10:00:00+01:00");
        assertThat(s.path("sessions").get(2).path("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void draftsAndUnpublishedSchedulesDoNotExistHere() throws Exception {
        String organizer = fixtures.person("Otto Orga", Role.ORGANIZER).email();
        String draft = fixtures.event(organizer, "Geheimer Entwurf", EventKind.BARCAMP, 10, EventState.DRAFT).slug();
        assertThat(fetch("/api/v1/events/" + draft).getStatus()).isEqualTo(404);
        assertThat(read(fetch("/api/v1/events/" + draft + "/sessions")).path("error").asString()).isEqualTo("not-found");
        assertThat(fetch("/api/v1/events/gibt-es-nicht").getStatus()).isEqualTo(404);

        Camp planning = cf.camp("Barcamp Planung", false, "Noch geheim");
        JsonNode event = read(fetch("/api/v1/events/" + planning.slug()));
        assertThat(event.path("schedulePublished").asBoolean()).isFalse();
        assertThat(event.path("sessionsUrl").isNull()).isTrue();
        MockHttpServletResponse sessions = fetch("/api/v1/events/" + planning.slug() + "/sessions");
        assertThat(sessions.getStatus()).isEqualTo(404);
        assertThat(sessions.getContentAsString()).doesNotContain("Noch geheim");
    }

    @Test
    void malformedOrOverflowingParametersAreABadRequestInJson() throws Exception {
        for (String url : new String[] {"/api/v1/events?page=107374183", "/api/v1/events?page=" + Integer.MAX_VALUE,
                "/api/v1/events?page=21474836&size=100", "/api/v1/events?page=abc", "/api/v1/events?size=99999999999",
                "/api/v1/events?page=-1", "/api/v1/events?size=0"}) {
            MockHttpServletResponse r = fetch(url);
            assertThat(r.getStatus()).as(url).isEqualTo(400);
            assertThat(r.getHeader(HttpHeaders.LOCATION)).as(url).isNull();
            assertThat(read(r).path("error").asString()).as(url).isEqualTo("bad-request");
        }
        JsonNode last = read(fetch("/api/v1/events?page=21474835&size=100"));
        assertThat(last.path("page").asInt()).isEqualTo(21474835);
        assertThat(last.path("events").isEmpty()).isTrue();
    }

    @Test
    void etagsGive304UntilSomethingChangesAndPreflightsAreAllowed() throws Exception {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser");
        String url = "/api/v1/events/" + camp.slug() + "/sessions";
        String etag = fetch(url).getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        assertThat(fetch(url, HttpHeaders.IF_NONE_MATCH, etag).getStatus()).isEqualTo(304);
        fixtures.as(camp.organizer(), () -> planning.cancel(camp.slug(), camp.sessions().get(0)));
        MockHttpServletResponse changed = fetch(url, HttpHeaders.IF_NONE_MATCH, etag);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);

        MockHttpServletResponse preflight = mvc.perform(options("/api/v1/events")
                .header(HttpHeaders.ORIGIN, "https://www.luebeck.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")).andReturn().getResponse();
        assertThat(preflight.getStatus()).isEqualTo(200);
        assertThat(preflight.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
        assertThat(preflight.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).contains("GET").doesNotContain("POST");
    }
}
