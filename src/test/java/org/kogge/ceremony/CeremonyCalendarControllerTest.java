package org.kogge.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.SecretTokens;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The accepting guest's .ics, over HTTP through the real security filter chain, without login. */
class CeremonyCalendarControllerTest extends ServiceTestBase {

    @Autowired
    MockMvc mvc;
    @Autowired
    CeremonyService ceremonies;
    @Autowired
    InvitationService invitations;
    @Autowired
    GuestListService guestList;
    @Autowired
    RsvpService rsvp;
    @Autowired
    CeremonyFixtures ceremonyFixtures;

    String organizer;
    String slug;
    String token;
    LocalDateTime start;

    @BeforeEach
    void acceptedGuest() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = ceremonyFixtures.ceremony(organizer, "Unterzeichnung der erweiterten Kooperationsvereinbarung der Städte");
        start = fixtures.as(organizer, () -> ceremonies.forOrganizer(slug)).startsAt()
                .atZone(ZoneId.of("Europe/Berlin")).toLocalDateTime();
        fixtures.as(organizer, () -> {
            ceremonies.saveAgreement(slug, new AgreementForm("Erweiterte Kooperationsvereinbarung",
                    "Gemeinsame Datenplattform; Austausch, Offenheit, Kommunen", "https://www.luebeck.de/vereinbarung.pdf"));
            ceremonies.saveAgendaItem(slug, null, new AgendaItemForm(start, 15, "Begrüßung durch die Gastgeberstadt",
                    "Jan Lindenau", "Bürgermeister", "Hansestadt Lübeck"));
            ceremonies.saveAgendaItem(slug, null, new AgendaItemForm(start.plusMinutes(15), 30,
                    "Statements der neuen Mitglieder Neubrandenburg, Schwerin und Kiel", null, null, null));
            return ceremonies.saveSignatory(slug, null, new SignatoryForm("Silvio Witt", "Oberbürgermeister",
                    "Neubrandenburg", null));
        });
        token = CeremonyFixtures.token(ceremonyFixtures.invite(organizer, slug, "Anna Alt").get(0));
        rsvp.answer(token, new RsvpForm(true, 0, null));
    }

    private MockHttpServletResponse fetch(String t, String ifNoneMatch) throws Exception {
        var request = get("/invitation/" + t + "/ceremony.ics").header("Accept-Language", "de-DE");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void acceptedGuestGetsACompleteCalendarEntry() throws Exception {
        MockHttpServletResponse r = fetch(token, null);
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(r.getHeader("Content-Disposition")).startsWith("attachment;").contains(".ics");
        assertThat(r.getHeader("ETag")).isNotBlank();
        assertThat(r.getHeader("Last-Modified")).isNotBlank();

        String text = r.getContentAsString(StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(text.split("DTSTAMP", -1)).as("one DTSTAMP").hasSize(2);
        assertThat(text).contains("DTSTART;TZID=Europe/Berlin:").contains("DTEND;TZID=Europe/Berlin:")
                .doesNotContain("\r\nDURATION").contains("BEGIN:VTIMEZONE").contains("TZID:Europe/Berlin");
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        VEvent event = calendar.getComponent(Component.VEVENT).map(VEvent.class::cast).orElseThrow();
        assertThat(event.getUid().orElseThrow().getValue()).startsWith("event-").endsWith("@localhost");
        assertThat(event.getSummary().getValue()).isEqualTo("Unterzeichnung der erweiterten Kooperationsvereinbarung der Städte");
        assertThat(event.getLocation().getValue()).isEqualTo("Rathaus, Breite Straße 62, 23552 Lübeck");
        assertThat(event.getUrl().getValue()).isEqualTo("http://localhost:8080/events/" + slug);
        assertThat(event.getProperty(Property.LAST_MODIFIED)).isPresent();
        assertThat(event.getProperty(Property.DTSTAMP).orElseThrow().getValue())
                .isEqualTo(event.getProperty(Property.LAST_MODIFIED).orElseThrow().getValue());
        String description = event.getDescription().getValue();
        assertThat(description).contains("Erweiterte Kooperationsvereinbarung")
                .contains("Gemeinsame Datenplattform; Austausch, Offenheit, Kommunen")
                .contains("10:00–10:15 Begrüßung durch die Gastgeberstadt (Jan Lindenau, Bürgermeister, Hansestadt Lübeck)")
                .contains("1. Silvio Witt, Oberbürgermeister, Neubrandenburg");
        assertThat(text).contains("Datenplattform\\; Austausch\\, Offenheit");
    }

    @Test
    void unchangedCeremonyAnswers304AndAChangeRaisesTheSequence() throws Exception {
        MockHttpServletResponse first = fetch(token, null);
        String etag = first.getHeader("ETag");
        assertThat(fetch(token, etag).getStatus()).isEqualTo(304);
        int before = sequence(first);

        fixtures.as(organizer, () -> ceremonies.saveAgendaItem(slug, null,
                new AgendaItemForm(start.plusHours(2), 30, "Empfang", null, null, null)));
        MockHttpServletResponse changed = fetch(token, etag);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
        assertThat(sequence(changed)).isGreaterThan(before);
        assertThat(changed.getContentAsString(StandardCharsets.UTF_8)).contains("Empfang");
        String uid = "UID:";
        assertThat(first.getContentAsString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith(uid)).findFirst())
                .isEqualTo(changed.getContentAsString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith(uid)).findFirst());
    }

    /** Issue 11.2: the guest's file and the public event calendar are one event to calendar apps, not two. */
    @Test
    void theGuestsFileAndThePublicEventCalendarNameTheCeremonyWithOneUid() throws Exception {
        String guests = uidOf(fetch(token, null).getContentAsString(StandardCharsets.UTF_8));
        MockHttpServletResponse pub = mvc.perform(get("/calendar/events/" + slug + ".ics")).andReturn().getResponse();
        assertThat(pub.getStatus()).isEqualTo(200);
        assertThat(uidOf(pub.getContentAsString(StandardCharsets.UTF_8))).isEqualTo(guests);
    }

    /** Issue 11.3: a client that names no language gets the app's default, German, not the server's locale. */
    @Test
    void withoutAcceptLanguageTheFileIsInGerman() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/invitation/" + token + "/ceremony.ics")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        String description = new CalendarBuilder().build(new StringReader(r.getContentAsString(StandardCharsets.UTF_8)))
                .getComponent(Component.VEVENT).map(VEvent.class::cast).orElseThrow().getDescription().getValue();
        assertThat(description).contains("Ablauf:").doesNotContain("Agenda:");
        MockHttpServletResponse english = mvc.perform(get("/invitation/" + token + "/ceremony.ics")
                .header("Accept-Language", "en-GB,en;q=0.9")).andReturn().getResponse();
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("Agenda:");
    }

    @Test
    void onlyAcceptingGuestsWithAValidLinkGetIt() throws Exception {
        String pending = CeremonyFixtures.token(ceremonyFixtures.invite(organizer, slug, "Bernd Bode").get(0));
        assertThat(fetch(pending, null).getStatus()).isEqualTo(404);
        rsvp.answer(pending, new RsvpForm(false, 0, null));
        assertThat(fetch(pending, null).getStatus()).isEqualTo(404);
        MockHttpServletResponse bad = fetch("not-a-token", null);
        assertThat(bad.getStatus()).isEqualTo(404);
        assertThat(bad.getContentType()).startsWith("text/plain");
        assertThat(bad.getHeader("Location")).isNull();
        assertThat(fetch(SecretTokens.next(), null).getStatus()).isEqualTo(404);

        long annaId = fixtures.as(organizer, () -> guestList.guests(slug, GuestFilter.ALL,
                org.springframework.data.domain.Pageable.unpaged())).stream()
                .filter(g -> g.name().equals("Anna Alt")).findFirst().orElseThrow().id();
        fixtures.as(organizer, () -> invitations.revoke(slug, annaId));
        assertThat(fetch(token, null).getStatus()).isEqualTo(404);
    }

    private static String uidOf(String ics) {
        return ics.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
    }

    private static int sequence(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("SEQUENCE:"))
                .map(l -> Integer.parseInt(l.substring("SEQUENCE:".length()))).findFirst().orElseThrow();
    }
}
