package org.kogge.organize.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.account.ui.LoginView;
import org.kogge.ceremony.GuestRow;
import org.kogge.ceremony.RsvpForm;
import org.kogge.ceremony.RsvpService;
import org.kogge.registration.RegistrationService;
import org.kogge.schedule.ui.PlannerView;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.Fixtures;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.ScheduleFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The organizer's cockpit of an event, and the navigation every organizer page of the event shares. */
class CockpitViewKT extends KaribuTestBase {

    private static final List<String> BARCAMP_NAV = List.of("Überblick", "Einstellungen", "Teilnehmende",
            "Vorschläge und Moderation", "Räume und Zeitfenster", "Programmplanung", "Nachrichten");
    private static final List<String> CEREMONY_NAV = List.of("Überblick", "Einstellungen", "Teilnehmende",
            "Festakt: Vereinbarung, Ablauf, Unterzeichnende", "Gäste", "Einlass", "Nachrichten");

    @Autowired ScheduleFixtures sf;
    @Autowired CeremonyFixtures cf;
    @Autowired RegistrationService registrations;
    @Autowired RsvpService rsvp;

    String organizer;
    String slug;

    /** A barcamp with two seats, both taken, one person waiting, one accepted and one open proposal, one vote. */
    @BeforeEach
    void barcamp() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = sf.barcamp(organizer, "Barcamp Smart Water");
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, 2));
        String erika = sf.participant(slug, "Erika Expertin");
        String malte = sf.participant(slug, "Malte Voss");
        sf.participant(slug, "Nina Nachrückerin");
        long accepted = sf.session(slug, organizer, erika, "Sensornetze im Kanal", 1);
        sf.proposal(slug, malte, "Starkregen-Frühwarnung", 1);
        sf.votes(slug, accepted, List.of(malte));
    }

    @Test
    void organizerSeesTheFiguresAndTheBarcampsNavigationWithTheOverviewMarked() {
        login(organizer);
        UI.getCurrent().navigate("organize/events/" + slug);

        assertThat(_get(H1.class).getText()).isEqualTo("Organisieren: Barcamp Smart Water");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Organisieren: Barcamp Smart Water · Kogge");
        // Kind, state and dates side by side: "Veröffentlicht: 18. Januar" read as the day it was published.
        assertThat(_get(Paragraph.class, s -> s.withClasses("kogge-cockpit-when")).getText())
                .startsWith("Barcamp · ").doesNotContain(": ");
        assertThat(card("seats")).contains("Belegt2", "Frei0", "Auf der Warteliste1");
        assertThat(card("proposals")).contains("Neu, noch nicht entschieden1", "Angenommen1",
                "Abgegebene Stimmen1 Stimme von 1 Person");
        assertThat(card("schedule")).contains("StandNoch nicht veröffentlicht", "Zuletzt geändert",
                "Raster0 Räume, 0 Zeitfenster", "Eingeplante Sessions0");
        assertThat(card("feedback")).contains("Antworten0", "Sessions mit Rückmeldung0",
                "Durchschnitterst ab 3 Antworten", "Am hilfreichstenerst ab 3 Antworten");
        // No file to download while nobody answered.
        _assertNone(Anchor.class, a -> a.withClasses("kogge-cockpit-feedback-csv"));
        _assertNone(Section.class, s -> s.withClasses("kogge-cockpit-guests"));
        assertThat(navLabels()).containsExactlyElementsOf(BARCAMP_NAV);
        assertThat(current()).extracting(RouterLink::getText, RouterLink::getHref)
                .containsExactly(tuple("Überblick", "organize/events/" + slug));
    }

    @Test
    void aCeremonysNavigationHasItsOwnPagesAndTheCockpitItsGuests() {
        String ceremony = cf.ceremony(organizer, "Unterzeichnung im Rathaus");
        List<GuestRow> guests = cf.invite(organizer, ceremony, "Anna Schmidt", "Bernd Mueller", "Clara Claußen");
        rsvp.answer(CeremonyFixtures.token(guests.get(0)), new RsvpForm(true, 0, null));
        rsvp.answer(CeremonyFixtures.token(guests.get(1)), new RsvpForm(false, 0, null));
        login(organizer);

        UI.getCurrent().navigate("organize/events/" + ceremony);

        assertThat(navLabels()).containsExactlyElementsOf(CEREMONY_NAV);
        assertThat(card("guests")).contains("Zugesagt1", "Abgesagt1", "Noch keine Antwort1",
                "Eingecheckt0 Gäste und 0 Begleitungen von 1 erwarteten Personen");
        _assertNone(Section.class, s -> s.withClasses("kogge-cockpit-proposals"));
        _assertNone(Section.class, s -> s.withClasses("kogge-cockpit-schedule"));
        _assertNone(Section.class, s -> s.withClasses("kogge-cockpit-feedback"));
    }

    @Test
    void everyOrganizerPageOfTheEventShowsTheNavigationWithItselfMarked() {
        String ceremony = cf.ceremony(organizer, "Unterzeichnung im Rathaus");
        login(organizer);
        Map<String, List<String>> pages = Map.of(
                "organize/events/" + slug, BARCAMP_NAV,
                "organize/events/" + slug + "/settings", BARCAMP_NAV,
                "organize/events/" + slug + "/participants", BARCAMP_NAV,
                "organize/events/" + slug + "/proposals", BARCAMP_NAV,
                "organize/events/" + slug + "/rooms", BARCAMP_NAV,
                "organize/events/" + slug + "/schedule", BARCAMP_NAV,
                "organize/events/" + ceremony + "/ceremony", CEREMONY_NAV,
                "organize/events/" + ceremony + "/guests", CEREMONY_NAV,
                "organize/events/" + ceremony + "/checkin", CEREMONY_NAV,
                "organize/events/" + slug + "/messages", BARCAMP_NAV);
        pages.forEach((path, nav) -> {
            UI.getCurrent().navigate(path);
            assertThat(navLabels()).as(path).containsExactlyElementsOf(nav);
            assertThat(current()).as(path).extracting(RouterLink::getHref).containsExactly(path);
            assertThat(_get(Nav.class, s -> s.withClasses("kogge-organizer-nav")).getElement().getAttribute("aria-label"))
                    .isEqualTo("Seiten zum Organisieren dieser Veranstaltung");
        });
    }

    @Test
    void theNavigationLeadsToThePlanner() {
        login(organizer);
        UI.getCurrent().navigate("organize/events/" + slug);

        RouterLinkKt._click(_get(RouterLink.class, s -> s.withText("Programmplanung")));

        _get(PlannerView.class);
        assertThat(current()).extracting(RouterLink::getText).containsExactly("Programmplanung");
    }

    @Test
    void participantsAndOtherOrganizersAreRefusedAndAnonymousMustLogIn() {
        UI.getCurrent().navigate("organize/events/" + slug);
        _get(LoginView.class);

        login(fixtures.person("Anton Attendee").email());
        UI.getCurrent().navigate("organize/events/" + slug);
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(CockpitView.class);

        login(fixtures.person("Otto Other", Role.ORGANIZER).email());
        UI.getCurrent().navigate("organize/events/" + slug);
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(CockpitView.class);
        _assertNone(Nav.class, s -> s.withClasses("kogge-organizer-nav"));
    }

    @Test
    void adminsSeeAnyEventsCockpit() {
        login(Fixtures.ADMIN);
        UI.getCurrent().navigate("organize/events/" + slug);
        _get(CockpitView.class);
        assertThat(navLabels()).containsExactlyElementsOf(BARCAMP_NAV);
    }

    private static String card(String name) {
        return BasicUtilsKt.get_textRecursively(_get(Section.class, s -> s.withClasses("kogge-cockpit-" + name)));
    }

    private static List<String> navLabels() {
        return links().stream().map(RouterLink::getText).toList();
    }

    private static List<RouterLink> current() {
        return links().stream().filter(l -> "page".equals(l.getElement().getAttribute("aria-current"))).toList();
    }

    private static List<RouterLink> links() {
        return _find(_get(Nav.class, s -> s.withClasses("kogge-organizer-nav")), RouterLink.class);
    }
}
