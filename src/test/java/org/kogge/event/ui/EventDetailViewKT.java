package org.kogge.event.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventForm;
import org.kogge.event.EventKind;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.organize.ui.CockpitView;
import org.kogge.testing.Fixtures;
import org.kogge.testing.KaribuTestBase;
import org.kogge.ui.ErrorViews;
import org.springframework.beans.factory.annotation.Autowired;

class EventDetailViewKT extends KaribuTestBase {

    private static final String OLGA = "olga@test.example";
    private static final String OTTO = "otto@test.example";

    @Autowired
    EventService events;

    @BeforeEach
    void organizers() {
        fixtures.person("Olga Organizer", Role.ORGANIZER);
        fixtures.person("Otto Organizer", Role.ORGANIZER);
    }

    @Test
    void anonymousSeesAllFactsOfAPublishedEventInBerlinTime() {
        String slug = summerBarcamp("Barcamp Smart Water", "Wasser **digital**");

        UI.getCurrent().navigate("events/" + slug);

        assertThat(_get(H1.class, spec -> spec.withText("Barcamp Smart Water"))).isNotNull();
        String facts = BasicUtilsKt.get_textRecursively(_get(DescriptionList.class));
        assertThat(facts)
                .contains("15. Juli 2031, 10:00 – 16:00")
                .contains("Lübeck")
                .contains("Media Docks")
                .contains("Willy-Brandt-Allee 31, 23554 Lübeck")
                .contains("80")
                .contains("01.06.2031, 08:00 bis 13.07.2031, 23:59")
                .contains("Olga Organizer");
        assertThat(BasicUtilsKt.get_textRecursively(_get(EventDetailView.class))).contains("Barcamp");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Barcamp Smart Water · Kogge");
        assertThat(organizerLinks()).isEmpty();
    }

    @Test
    void descriptionIsShownAsSanitizedMarkdown() {
        String slug = summerBarcamp("Barcamp", "Wasser **digital** <script>alert(1)</script> [x](javascript:alert(1))");

        UI.getCurrent().navigate("events/" + slug);

        Html description = _get(Html.class, spec -> spec.withClasses("kogge-markdown"));
        Document doc = Jsoup.parseBodyFragment(description.getElement().getOuterHTML());
        assertThat(doc.select("strong").text()).isEqualTo("digital");
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("a[href]")).isEmpty();
        assertThat(doc.html()).doesNotContainIgnoringCase("javascript:alert");
    }

    @Test
    void cancelledEventSaysSoInWords() {
        String slug = fixtures.event(OLGA, "Festakt im Rathaus", EventKind.CEREMONY, 7, EventState.CANCELLED).slug();

        UI.getCurrent().navigate("events/" + slug);

        _get(Paragraph.class, spec -> spec.withText("Diese Veranstaltung wurde abgesagt."));
        assertThat(BasicUtilsKt.get_textRecursively(_get(EventDetailView.class)))
                .contains("Abgesagt").contains("Festakt/Zeremonie");
    }

    @Test
    void anonymousOpeningADraftGetsTheNotFoundPage() {
        String slug = fixtures.event(OLGA, "Geheimer Entwurf", EventKind.BARCAMP, 7, EventState.DRAFT).slug();

        UI.getCurrent().navigate("events/" + slug);

        expectNotFoundPage();
    }

    @Test
    void otherOrganizerOpeningADraftGetsTheNotFoundPage() {
        String slug = fixtures.event(OLGA, "Geheimer Entwurf", EventKind.BARCAMP, 7, EventState.DRAFT).slug();
        login(OTTO);

        UI.getCurrent().navigate("events/" + slug);

        expectNotFoundPage();
    }

    @Test
    void unknownEventGetsTheNotFoundPage() {
        UI.getCurrent().navigate("events/gibt-es-nicht");

        expectNotFoundPage();
    }

    @Test
    void organizerSeesTheirDraftMarkedAndOneLinkToItsCockpit() {
        String slug = fixtures.event(OLGA, "Mein Entwurf", EventKind.BARCAMP, 7, EventState.DRAFT).slug();
        login(OLGA);

        UI.getCurrent().navigate("events/" + slug);

        assertThat(BasicUtilsKt.get_textRecursively(_get(EventDetailView.class))).contains("Entwurf – nicht öffentlich");
        // One clear way to the organizer's pages, no scattered links to moderation, participants or the planner.
        assertThat(organizerLinks()).extracting(Anchor::getText, Anchor::getHref)
                .containsExactly(tuple("Organisieren", "organize/events/" + slug));
        assertThat(organizerLinks().get(0).getElement().getAttribute("aria-label")).isEqualTo("Organisieren: Mein Entwurf");
        UI.getCurrent().navigate(organizerLinks().get(0).getHref());
        _get(CockpitView.class);
    }

    @Test
    void organizerOfAPublishedBarcampFindsOnlyTheOneOrganizerLinkBesideThePublicOnes() {
        String slug = fixtures.event(OLGA, "Olgas Barcamp", EventKind.BARCAMP, 7, EventState.PUBLISHED).slug();
        login(OLGA);

        UI.getCurrent().navigate("events/" + slug);

        assertThat(organizerLinks()).extracting(Anchor::getHref).containsExactly("organize/events/" + slug);
        _get(Anchor.class, spec -> spec.withText("Zu den Session-Vorschlägen"));
    }

    @Test
    void otherOrganizerSeesAPublishedEventWithoutEditButton() {
        String slug = fixtures.event(OLGA, "Olgas Barcamp", EventKind.BARCAMP, 7, EventState.PUBLISHED).slug();
        login(OTTO);

        UI.getCurrent().navigate("events/" + slug);

        _get(H1.class, spec -> spec.withText("Olgas Barcamp"));
        assertThat(organizerLinks()).isEmpty();
        _assertNone(Button.class, spec -> spec.withText("Bearbeiten"));
        assertThat(BasicUtilsKt.get_textRecursively(_get(EventDetailView.class))).doesNotContain("Entwurf");
    }

    @Test
    void adminSeesTheOrganizeLinkOnAnyEvent() {
        String slug = fixtures.event(OLGA, "Olgas Barcamp", EventKind.BARCAMP, 7, EventState.PUBLISHED).slug();
        login(Fixtures.ADMIN);

        UI.getCurrent().navigate("events/" + slug);

        assertThat(organizerLinks()).extracting(Anchor::getText).containsExactly("Organisieren");
    }

    /** Links on the page to organizer pages ({@code organize/...}). */
    private static java.util.List<Anchor> organizerLinks() {
        return _find(Anchor.class).stream().filter(a -> a.getHref().startsWith("organize/")).toList();
    }

    private void expectNotFoundPage() {
        _get(ErrorViews.ThingNotFound.class);
        _get(H1.class, spec -> spec.withText("Nicht gefunden"));
        _get(Paragraph.class, spec -> spec.withText("Diese Seite gibt es nicht, oder sie ist (noch) nicht öffentlich."));
        _assertNone(EventDetailView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Fehler: Nicht gefunden · Kogge");
    }

    private String summerBarcamp(String title, String description) {
        return fixtures.as(OLGA, () -> {
            EventForm f = fixtures.eventForm(title, EventKind.BARCAMP, 10);
            f.setDescription(description);
            f.setVenueName("Media Docks");
            f.setVenueAddress("Willy-Brandt-Allee 31, 23554 Lübeck");
            f.setStart(LocalDateTime.of(2031, 7, 15, 10, 0));
            f.setEnd(LocalDateTime.of(2031, 7, 15, 16, 0));
            f.setCapacity(80);
            f.setRegistrationOpens(LocalDateTime.of(2031, 6, 1, 8, 0));
            f.setRegistrationCloses(LocalDateTime.of(2031, 7, 13, 23, 59));
            String slug = events.create(f).slug();
            events.changeState(slug, EventState.PUBLISHED);
            return slug;
        });
    }
}
