package org.kogge.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.AccountService;
import org.kogge.account.PersonDto;
import org.kogge.account.Role;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.StaleEditException;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

class EventServiceTest extends ServiceTestBase {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String OLGA = "olga@test.example";
    private static final String OTTO = "otto@test.example";
    private static final String ANNA = "anna@test.example";
    private static final String ERIK = "erik@test.example";

    @Autowired
    EventService events;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void people() {
        fixtures.person("Olga Organizer", Role.ORGANIZER);
        fixtures.person("Otto Organizer", Role.ORGANIZER);
        fixtures.person("Anna Attendee");
        fixtures.person("Erik Expert", Role.EXPERT);
    }

    // ---- the public list ------------------------------------------------------------------------------------

    @Test
    void anonymousListShowsPublishedAndCancelledButNeverDrafts() {
        fixtures.event(OLGA, "Barcamp Entwurf", EventKind.BARCAMP, 10, EventState.DRAFT);
        fixtures.event(OLGA, "Barcamp Offen", EventKind.BARCAMP, 11, EventState.PUBLISHED);
        fixtures.event(OLGA, "Festakt Abgesagt", EventKind.CEREMONY, 12, EventState.CANCELLED);

        List<EventSummary> list = events.publicEvents(EventFilter.upcoming(), PageRequest.of(0, 20));

        assertThat(list).extracting(EventSummary::title).containsExactly("Barcamp Offen", "Festakt Abgesagt");
        assertThat(list).extracting(EventSummary::state).containsExactly(EventState.PUBLISHED, EventState.CANCELLED);
        assertThat(events.countPublicEvents(EventFilter.upcoming())).isEqualTo(2);
    }

    @Test
    void cityFilterShowsOnlyEventsHostedThere() {
        long kiel = fixtures.city("Kiel");
        fixtures.event(OLGA, "Barcamp Lübeck", EventKind.BARCAMP, 10, EventState.PUBLISHED);
        fixtures.as(OLGA, () -> {
            EventForm f = fixtures.eventForm("Barcamp Kiel", EventKind.BARCAMP, 12);
            f.setHostCityId(kiel);
            events.changeState(events.create(f).slug(), EventState.PUBLISHED);
        });

        EventFilter inKiel = new EventFilter(kiel, null, false);
        assertThat(events.publicEvents(inKiel, PageRequest.of(0, 20)))
                .extracting(EventSummary::title, EventSummary::hostCity).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Barcamp Kiel", "Kiel"));
        assertThat(events.countPublicEvents(inKiel)).isEqualTo(1);
        assertThat(events.countPublicEvents(new EventFilter(fixtures.cityId(), null, false))).isEqualTo(1);
    }

    @Test
    void kindFilterSeparatesBarcampsFromCeremonies() {
        fixtures.event(OLGA, "Barcamp Wasser", EventKind.BARCAMP, 10, EventState.PUBLISHED);
        fixtures.event(OLGA, "Unterzeichnung", EventKind.CEREMONY, 11, EventState.PUBLISHED);

        assertThat(events.publicEvents(new EventFilter(null, EventKind.CEREMONY, false), PageRequest.of(0, 20)))
                .extracting(EventSummary::title).containsExactly("Unterzeichnung");
        assertThat(events.publicEvents(new EventFilter(null, EventKind.BARCAMP, false), PageRequest.of(0, 20)))
                .extracting(EventSummary::title).containsExactly("Barcamp Wasser");
        assertThat(events.countPublicEvents(new EventFilter(null, EventKind.CEREMONY, false))).isEqualTo(1);
    }

    @Test
    void pastAndUpcomingAreSeparateListsAndUpcomingIsSortedByStart() {
        fixtures.event(OLGA, "Später", EventKind.BARCAMP, 30, EventState.PUBLISHED);
        fixtures.event(OLGA, "Bald", EventKind.BARCAMP, 3, EventState.PUBLISHED);
        fixtures.event(OLGA, "Vorbei", EventKind.BARCAMP, -20, EventState.PUBLISHED);
        fixtures.event(OLGA, "Lange vorbei", EventKind.BARCAMP, -200, EventState.PUBLISHED);

        assertThat(events.publicEvents(EventFilter.upcoming(), PageRequest.of(0, 20)))
                .extracting(EventSummary::title).containsExactly("Bald", "Später");
        assertThat(events.publicEvents(new EventFilter(null, null, true), PageRequest.of(0, 20)))
                .extracting(EventSummary::title).containsExactly("Vorbei", "Lange vorbei");
        assertThat(events.countPublicEvents(new EventFilter(null, null, true))).isEqualTo(2);
    }

    @Test
    void archivedEventsAppearOnlyAmongPastEvents() {
        fixtures.event(OLGA, "Archiviert vorbei", EventKind.BARCAMP, -20, EventState.ARCHIVED);
        fixtures.event(OLGA, "Archiviert kommend", EventKind.BARCAMP, 20, EventState.ARCHIVED);
        fixtures.event(OLGA, "Offen", EventKind.BARCAMP, 21, EventState.PUBLISHED);

        assertThat(events.publicEvents(EventFilter.upcoming(), PageRequest.of(0, 20)))
                .extracting(EventSummary::title).containsExactly("Offen");
        assertThat(events.publicEvents(new EventFilter(null, null, true), PageRequest.of(0, 20)))
                .extracting(EventSummary::title, EventSummary::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Archiviert vorbei", EventState.ARCHIVED));
    }

    @Test
    void pagesOfTheListDoNotOverlap() {
        for (int i = 1; i <= 5; i++) {
            fixtures.event(OLGA, "Barcamp " + i, EventKind.BARCAMP, i, EventState.PUBLISHED);
        }
        assertThat(events.publicEvents(EventFilter.upcoming(), PageRequest.of(0, 2)))
                .extracting(EventSummary::title).containsExactly("Barcamp 1", "Barcamp 2");
        assertThat(events.publicEvents(EventFilter.upcoming(), PageRequest.of(2, 2)))
                .extracting(EventSummary::title).containsExactly("Barcamp 5");
    }

    // ---- an event's page ------------------------------------------------------------------------------------

    @Test
    void draftIsHiddenFromAnonymousAttendeesAndOtherOrganizers() {
        String slug = fixtures.event(OLGA, "Geheimer Entwurf", EventKind.BARCAMP, 10, EventState.DRAFT).slug();

        assertThatThrownBy(() -> events.details(slug)).isInstanceOf(NotFoundException.class);
        login(ANNA);
        assertThatThrownBy(() -> events.details(slug)).isInstanceOf(NotFoundException.class);
        login(OTTO);
        assertThatThrownBy(() -> events.details(slug)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void draftIsVisibleToItsOrganizerAndToAdmins() {
        String slug = fixtures.event(OLGA, "Geheimer Entwurf", EventKind.BARCAMP, 10, EventState.DRAFT).slug();

        login(OLGA);
        EventDetails mine = events.details(slug);
        assertThat(mine.title()).isEqualTo("Geheimer Entwurf");
        assertThat(mine.state()).isEqualTo(EventState.DRAFT);
        assertThat(mine.canEdit()).isTrue();
        assertThat(mine.organizers()).containsExactly("Olga Organizer");

        login(Fixtures.ADMIN);
        assertThat(events.details(slug).canEdit()).isTrue();
    }

    @Test
    void publishedEventIsVisibleToAnonymousWithoutEditRight() {
        String slug = fixtures.event(OLGA, "Offenes Barcamp", EventKind.BARCAMP, 10, EventState.PUBLISHED).slug();

        EventDetails d = events.details(slug);
        assertThat(d.title()).isEqualTo("Offenes Barcamp");
        assertThat(d.canEdit()).isFalse();
        login(OTTO);
        assertThat(events.details(slug).canEdit()).isFalse();
    }

    @Test
    void unknownSlugIsNotFound() {
        assertThatThrownBy(() -> events.details("gibt-es-nicht")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> events.details(null)).isInstanceOf(NotFoundException.class);
    }

    // ---- creating and updating --------------------------------------------------------------------------------

    @Test
    void organizerCreatesDraftAndBecomesItsOrganizer() {
        login(OLGA);
        EventDetails d = events.create(fixtures.eventForm("Barcamp Smart Water", EventKind.BARCAMP, 10));

        assertThat(d.slug()).isEqualTo("barcamp-smart-water");
        assertThat(d.state()).isEqualTo(EventState.DRAFT);
        assertThat(d.organizers()).containsExactly("Olga Organizer");
        assertThat(d.teaser()).isEqualTo("Beschreibung von Barcamp Smart Water");
        assertThat(events.myEvents(PageRequest.of(0, 20))).extracting(EventSummary::slug)
                .containsExactly("barcamp-smart-water");
    }

    @Test
    void emptyTitleIsRefused() {
        expectProblem(form -> form.setTitle(""), "title", "validation.required");
    }

    @Test
    void whitespaceOnlyTitleIsRefused() {
        expectProblem(form -> form.setTitle(" \t\n  "), "title", "validation.required");
    }

    @Test
    void tenThousandCharacterTitleIsRefused() {
        expectProblem(form -> form.setTitle("x".repeat(10_000)), "title", "validation.too-long");
    }

    @Test
    void endBeforeStartIsRefused() {
        expectProblem(form -> form.setEnd(form.getStart().minusHours(1)), "end", "event.end.before-start");
    }

    @Test
    void endEqualToStartIsRefused() {
        expectProblem(form -> form.setEnd(form.getStart()), "end", "event.end.before-start");
    }

    @Test
    void registrationClosingAfterTheEventEndIsRefused() {
        expectProblem(form -> form.setRegistrationCloses(form.getEnd().plusMinutes(1)),
                "registrationCloses", "event.registration.closes-after-end");
    }

    @Test
    void registrationClosingBeforeItOpensIsRefused() {
        expectProblem(form -> {
            form.setRegistrationOpens(form.getStart().minusDays(2));
            form.setRegistrationCloses(form.getStart().minusDays(3));
        }, "registrationCloses", "event.registration.closes-before-opens");
    }

    @Test
    void missingCityAndVenueAreRefusedTogether() {
        login(OLGA);
        EventForm form = fixtures.eventForm("Barcamp", EventKind.BARCAMP, 10);
        form.setHostCityId(null);
        form.setVenueName("   ");

        assertThatThrownBy(() -> events.create(form)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.byField().get("hostCityId").messageKey()).isEqualTo("validation.required");
            assertThat(e.byField().get("venueName").messageKey()).isEqualTo("validation.required");
        });
        assertThat(events.countMyEvents()).isZero();
    }

    @Test
    void duplicateSlugIsRefusedOnTheSlugField() {
        login(OLGA);
        EventForm first = fixtures.eventForm("Barcamp Kiel", EventKind.BARCAMP, 10);
        first.setSlug("barcamp-kiel");
        events.create(first);
        EventForm second = fixtures.eventForm("Ein anderes Barcamp", EventKind.BARCAMP, 20);
        second.setSlug("barcamp-kiel");

        assertThatThrownBy(() -> events.create(second)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.byField().get("slug").messageKey()).isEqualTo("event.slug.taken"));
        assertThat(events.countMyEvents()).isEqualTo(1);
    }

    @Test
    void changingTheSlugToAnotherEventsSlugIsRefused() {
        String taken = fixtures.event(OLGA, "Erstes", EventKind.BARCAMP, 10, EventState.DRAFT).slug();
        String mine = fixtures.event(OLGA, "Zweites", EventKind.BARCAMP, 12, EventState.DRAFT).slug();
        login(OLGA);
        EventForm form = events.formFor(mine);
        form.setSlug(taken);

        assertThatThrownBy(() -> events.update(mine, form)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.byField().get("slug").messageKey()).isEqualTo("event.slug.taken"));
        assertThat(events.details(mine).title()).isEqualTo("Zweites");
    }

    @Test
    void slugIsMadeFromTheTitleWithUmlautsAndKeptUnique() {
        login(OLGA);
        String first = events.create(fixtures.eventForm("Größe & Übermut in Lübeck", EventKind.BARCAMP, 10)).slug();
        String second = events.create(fixtures.eventForm("Größe & Übermut in Lübeck", EventKind.BARCAMP, 11)).slug();
        String third = events.create(fixtures.eventForm("Größe & Übermut in Lübeck", EventKind.BARCAMP, 12)).slug();

        assertThat(first).isEqualTo("groesse-uebermut-in-luebeck");
        assertThat(second).isEqualTo("groesse-uebermut-in-luebeck-2");
        assertThat(third).isEqualTo("groesse-uebermut-in-luebeck-3");
        assertThat(events.suggestSlug("Größe & Übermut in Lübeck")).isEqualTo("groesse-uebermut-in-luebeck-4");
    }

    @Test
    void slugNewIsReservedForTheCreatePage() {
        login(OLGA);
        assertThat(events.suggestSlug("New")).isEqualTo("new-2");
        assertThat(events.create(fixtures.eventForm("New", EventKind.BARCAMP, 10)).slug()).isEqualTo("new-2");
        EventForm form = fixtures.eventForm("Anderes", EventKind.BARCAMP, 10);
        form.setSlug("new");
        assertThatThrownBy(() -> events.create(form)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.byField().get("slug").messageKey()).isEqualTo("event.slug.reserved"));
    }

    @Test
    void invalidSlugCharactersAreRefused() {
        expectProblem(form -> form.setSlug("Mein Barcamp!"), "slug", "event.slug.invalid");
    }

    @Test
    void scriptInTheDescriptionIsRenderedHarmless() {
        login(OLGA);
        EventForm form = fixtures.eventForm("Barcamp", EventKind.BARCAMP, 10);
        form.setDescription("Hallo <script>alert('x')</script> **fett** <img src=x onerror=alert(1)>\n\n"
                + "<a href=\"javascript:alert(2)\">klick</a> [gut](https://example.org)");

        String html = events.create(form).descriptionHtml();

        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, img, iframe")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(a -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on")));
        assertThat(doc.select("a")).extracting(a -> a.attr("href")).containsExactly("https://example.org");
        assertThat(doc.select("strong").text()).isEqualTo("fett");
        // What looked like HTML stays visible as plain text.
        assertThat(doc.text()).contains("<script>alert('x')</script>");
    }

    @Test
    void javascriptMarkdownLinkIsRemoved() {
        login(OLGA);
        EventForm form = fixtures.eventForm("Barcamp", EventKind.BARCAMP, 10);
        form.setDescription("Vorher [x](javascript:alert(1)) nachher");

        String html = events.create(form).descriptionHtml();

        assertThat(html).doesNotContainIgnoringCase("javascript").doesNotContain("href");
        assertThat(html).contains("Vorher").contains("nachher");
    }

    @Test
    void attendeeAndExpertCannotCreateEvents() {
        EventForm form = fixtures.eventForm("Barcamp", EventKind.BARCAMP, 10);
        login(ANNA);
        assertThatThrownBy(() -> events.create(form)).isInstanceOf(AccessDeniedException.class);
        login(ERIK);
        assertThatThrownBy(() -> events.create(form)).isInstanceOf(AccessDeniedException.class);
        login(Fixtures.ADMIN);
        assertThat(events.countMyEvents()).isZero();
    }

    @Test
    void organizerCannotUpdateAnotherOrganizersEvent() {
        String slug = fixtures.event(OLGA, "Olgas Barcamp", EventKind.BARCAMP, 10, EventState.PUBLISHED).slug();
        login(OLGA);
        EventForm form = events.formFor(slug);
        form.setTitle("Gekapert");

        login(OTTO);
        assertThatThrownBy(() -> events.update(slug, form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.formFor(slug)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.changeState(slug, EventState.CANCELLED)).isInstanceOf(AccessDeniedException.class);
        assertThat(events.details(slug).title()).isEqualTo("Olgas Barcamp");
        assertThat(events.details(slug).state()).isEqualTo(EventState.PUBLISHED);
    }

    @Test
    void adminCanUpdateAnyEvent() {
        String slug = fixtures.event(OLGA, "Olgas Barcamp", EventKind.BARCAMP, 10, EventState.DRAFT).slug();
        login(Fixtures.ADMIN);
        EventForm form = events.formFor(slug);
        form.setTitle("Vom Admin korrigiert");

        EventDetails d = events.update(slug, form);

        assertThat(d.title()).isEqualTo("Vom Admin korrigiert");
        assertThat(d.slug()).isEqualTo(slug);
        assertThat(events.myEvents(PageRequest.of(0, 20))).extracting(EventSummary::title)
                .containsExactly("Vom Admin korrigiert");
    }

    // ---- two organizers editing at once -------------------------------------------------------------------------

    @Test
    void secondSaveFromTheSameVersionIsRefusedAndNothingOfItIsSaved() {
        String slug = fixtures.event(OLGA, "Gemeinsam", EventKind.BARCAMP, 10, EventState.DRAFT).slug();
        login(OLGA);
        events.addOrganizerByEmail(slug, OTTO);
        EventForm olgas = events.formFor(slug);
        login(OTTO);
        EventForm ottos = events.formFor(slug);
        assertThat(ottos.getVersion()).isEqualTo(olgas.getVersion());

        login(OLGA);
        olgas.setTitle("Olgas Titel");
        olgas.setCapacity(20);
        events.update(slug, olgas);
        login(OTTO);
        ottos.setTitle("Ottos Titel");
        ottos.setVenueName("Ottos Saal");

        assertThatThrownBy(() -> events.update(slug, ottos)).isInstanceOf(StaleEditException.class);
        EventForm stored = events.formFor(slug);
        assertThat(stored.getTitle()).isEqualTo("Olgas Titel");
        assertThat(stored.getCapacity()).isEqualTo(20);
        assertThat(stored.getVenueName()).isNotEqualTo("Ottos Saal");
        assertThat(stored.getVersion()).isGreaterThan(ottos.getVersion());
    }

    @Test
    void saveWithTheCurrentVersionOverwritesOnPurpose() {
        String slug = fixtures.event(OLGA, "Gemeinsam", EventKind.BARCAMP, 10, EventState.DRAFT).slug();
        login(OLGA);
        EventForm first = events.formFor(slug);
        EventForm second = events.formFor(slug);
        first.setTitle("Erster Titel");
        events.update(slug, first);
        second.setTitle("Zweiter Titel");
        assertThatThrownBy(() -> events.update(slug, second)).isInstanceOf(StaleEditException.class);

        second.setVersion(events.formFor(slug).getVersion());

        assertThat(events.update(slug, second).title()).isEqualTo("Zweiter Titel");
        assertThat(events.formFor(slug).getVersion()).isGreaterThan(second.getVersion());
    }

    @Test
    void organizerSeesOnlyTheirOwnEvents() {
        fixtures.event(OLGA, "Von Olga", EventKind.BARCAMP, 10, EventState.DRAFT);
        fixtures.event(OTTO, "Von Otto", EventKind.BARCAMP, 10, EventState.DRAFT);

        login(OTTO);
        assertThat(events.myEvents(PageRequest.of(0, 20))).extracting(EventSummary::title).containsExactly("Von Otto");
        assertThat(events.countMyEvents()).isEqualTo(1);
        login(ANNA);
        assertThatThrownBy(() -> events.myEvents(PageRequest.of(0, 20))).isInstanceOf(AccessDeniedException.class);
    }

    // ---- states ------------------------------------------------------------------------------------------------

    @Test
    void draftIsPublishedThenArchived() {
        String slug = fixtures.event(OLGA, "Barcamp", EventKind.BARCAMP, 10, EventState.DRAFT).slug();
        login(OLGA);

        assertThat(events.changeState(slug, EventState.PUBLISHED).state()).isEqualTo(EventState.PUBLISHED);
        assertThat(events.changeState(slug, EventState.ARCHIVED).state()).isEqualTo(EventState.ARCHIVED);
        assertThat(events.details(slug).state()).isEqualTo(EventState.ARCHIVED);
    }

    @Test
    void draftCannotBeCancelledOrArchived() {
        String slug = fixtures.event(OLGA, "Barcamp", EventKind.BARCAMP, 10, EventState.DRAFT).slug();
        login(OLGA);

        expectIllegal(slug, EventState.CANCELLED);
        expectIllegal(slug, EventState.ARCHIVED);
        expectIllegal(slug, EventState.DRAFT);
        assertThat(events.details(slug).state()).isEqualTo(EventState.DRAFT);
    }

    @Test
    void publishedCannotGoBackToDraft() {
        String slug = fixtures.event(OLGA, "Barcamp", EventKind.BARCAMP, 10, EventState.PUBLISHED).slug();
        login(OLGA);
        expectIllegal(slug, EventState.DRAFT);
        expectIllegal(slug, EventState.PUBLISHED);
    }

    @Test
    void cancelledAndArchivedAreFinal() {
        String cancelled = fixtures.event(OLGA, "Abgesagt", EventKind.BARCAMP, 10, EventState.CANCELLED).slug();
        String archived = fixtures.event(OLGA, "Archiviert", EventKind.BARCAMP, 10, EventState.ARCHIVED).slug();
        login(OLGA);

        expectIllegal(cancelled, EventState.PUBLISHED);
        expectIllegal(cancelled, EventState.ARCHIVED);
        expectIllegal(archived, EventState.PUBLISHED);
        expectIllegal(archived, EventState.CANCELLED);
        assertThat(events.details(cancelled).state()).isEqualTo(EventState.CANCELLED);
    }

    // ---- co-organizers -----------------------------------------------------------------------------------------

    @Test
    void coOrganizerAddedByEmailMayEditTheEvent() {
        String slug = fixtures.event(OLGA, "Gemeinsam", EventKind.BARCAMP, 10, EventState.DRAFT).slug();
        login(OLGA);

        EventDetails d = events.addOrganizerByEmail(slug, "  OTTO@Test.Example ");

        assertThat(d.organizers()).containsExactly("Olga Organizer", "Otto Organizer");
        login(OTTO);
        EventForm form = events.formFor(slug);
        form.setTitle("Gemeinsam geändert");
        assertThat(events.update(slug, form).title()).isEqualTo("Gemeinsam geändert");
    }

    @Test
    void unknownEmailOrPersonWithoutOrganizerRoleCannotBeAdded() {
        String slug = fixtures.event(OLGA, "Gemeinsam", EventKind.BARCAMP, 10, EventState.DRAFT).slug();
        login(OLGA);

        assertThatThrownBy(() -> events.addOrganizerByEmail(slug, "niemand@test.example"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.byField().get("organizer").messageKey()).isEqualTo("event.organizer.unknown"));
        assertThatThrownBy(() -> events.addOrganizerByEmail(slug, ANNA))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.byField().get("organizer").messageKey()).isEqualTo("event.organizer.not-organizer"));
        assertThatThrownBy(() -> events.addOrganizerByEmail(slug, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.byField().get("organizer").messageKey()).isEqualTo("validation.required"));
        assertThat(events.details(slug).organizers()).containsExactly("Olga Organizer");
    }

    @Test
    void onlyTheEventsOrganizersMayAddCoOrganizers() {
        String slug = fixtures.event(OLGA, "Gemeinsam", EventKind.BARCAMP, 10, EventState.DRAFT).slug();
        login(OTTO);
        assertThatThrownBy(() -> events.addOrganizerByEmail(slug, OTTO)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void findByEmailNormalisesAndIsForOrganizersOnly() {
        login(OLGA);
        PersonDto otto = accounts.findByEmail(" Otto@TEST.example ").orElseThrow();
        assertThat(otto.displayName()).isEqualTo("Otto Organizer");
        assertThat(accounts.findByEmail("niemand@test.example")).isEmpty();
        assertThat(accounts.findByEmail("   ")).isEmpty();

        login(ANNA);
        assertThatThrownBy(() -> accounts.findByEmail(OTTO)).isInstanceOf(AccessDeniedException.class);
    }

    // ---- times ---------------------------------------------------------------------------------------------------

    @Test
    void summerStartAtTenInBerlinIsStoredAsEightUtcAndShownAsTen() {
        expectLocalTimeKept(LocalDateTime.of(2031, 7, 15, 10, 0), Instant.parse("2031-07-15T08:00:00Z"));
    }

    @Test
    void winterStartAtTenInBerlinIsStoredAsNineUtcAndShownAsTen() {
        expectLocalTimeKept(LocalDateTime.of(2031, 1, 15, 10, 0), Instant.parse("2031-01-15T09:00:00Z"));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private void expectLocalTimeKept(LocalDateTime start, Instant expectedInstant) {
        login(OLGA);
        EventForm form = fixtures.eventForm("Zeitreise", EventKind.BARCAMP, 10);
        form.setStart(start);
        form.setEnd(start.plusHours(6));

        EventDetails d = events.create(form);

        assertThat(d.zone()).isEqualTo(BERLIN);
        assertThat(d.startsAt()).isEqualTo(expectedInstant);
        assertThat(d.endsAt()).isEqualTo(expectedInstant.plusSeconds(6 * 3600));
        assertThat(ZonedDateTime.ofInstant(d.startsAt(), d.zone()).toLocalDateTime()).isEqualTo(start);
        assertThat(events.formFor(d.slug()).getStart()).isEqualTo(start);
        assertThat(Formats.time(events.details(d.slug()).startsAt(), d.zone(), Locale.GERMAN)).isEqualTo("10:00");
    }

    private void expectProblem(java.util.function.Consumer<EventForm> breakIt, String field, String key) {
        login(OLGA);
        EventForm form = fixtures.eventForm("Barcamp Test", EventKind.BARCAMP, 10);
        breakIt.accept(form);

        assertThatThrownBy(() -> events.create(form)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.byField().get(field)).as("problem on %s in %s", field, e.problems())
                        .isNotNull().extracting(InvalidInputException.Problem::messageKey).isEqualTo(key));
        assertThat(events.countMyEvents()).isZero();
    }

    private void expectIllegal(String slug, EventState next) {
        assertThatThrownBy(() -> events.changeState(slug, next)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.byField().get("state").messageKey()).isEqualTo("event.state.not-allowed"));
    }
}
