package org.kogge.archive.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.archive.ArchiveEntry;
import org.kogge.archive.ArchiveFilters;
import org.kogge.archive.ArchiveQuery;
import org.kogge.archive.ArchiveService;
import org.kogge.archive.ArchiveUpdates;
import org.kogge.archive.MaterialsForm;
import org.kogge.archive.MaterialsService;
import org.kogge.common.ui.FilterSelect;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.LiveTesting;
import org.kogge.testing.LitRenderers;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.springframework.beans.factory.annotation.Autowired;

/** The knowledge archive: search and filters from the address, lazy entries, a friendly empty state. */
class ArchiveViewKT extends KaribuTestBase {

    @Autowired ProgrammeFixtures programmes;
    @Autowired MaterialsService materials;
    @Autowired ArchiveService archive;
    @Autowired EntityManagerFactory emf;
    @Autowired LiveBroadcaster live;

    Programme p;

    @BeforeEach
    void programme() {
        p = programmes.programme();
        programmes.publish(p);
    }

    private void document(String who, long session, String text) {
        fixtures.as(who, () -> materials.save(p.slug(), session, new MaterialsForm(text)));
    }

    private static void open(Map<String, String> query) {
        UI.getCurrent().navigate("archive", QueryParameters.simple(query));
    }

    /** The entries of the list, none if the list is hidden (Karibu finds only what a person sees). */
    private static List<ArchiveEntry> entries() {
        List<ArchiveList> lists = _find(ArchiveList.class);
        return lists.isEmpty() ? List.of() : VirtualListsKt._findAll(lists.get(0));
    }

    private static String result() {
        return _get(Paragraph.class, x -> x.withClasses("kogge-archive-result")).getText();
    }

    @Test
    void listsDocumentedSessionsWithEventHostsAndAPlainExcerpt() {
        document(p.erika(), p.sensors(), "## Ergebnis\n\n**Kanalpegel** messen, [Folien](https://example.org/f)");
        document(p.kai(), p.levels(), "Pad zur Starkregen-Vorsorge");

        open(Map.of());

        assertThat(_get(H1.class).getText()).isEqualTo("Wissensarchiv");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Wissensarchiv · Kogge");
        assertThat(result()).isEqualTo("2 dokumentierte Sessions");
        assertThat(entries()).extracting(ArchiveEntry::title).containsExactly("Sensornetze im Kanal", "Pegel offen teilen");
        ArchiveList.Card card = (ArchiveList.Card) LitRenderers.property(_get(ArchiveList.class), entries().get(0), "card");
        assertThat(card.href()).isEqualTo("events/" + p.slug() + "/sessions/" + p.sensors());
        assertThat(card.event()).isEqualTo("Barcamp Kanal, 30.10.2027, Lübeck");
        assertThat(card.hosts()).isEqualTo("Mit Erika Expertin");
        assertThat(card.excerpt()).isEqualTo("Ergebnis Kanalpegel messen, \"Folien\" (https://example.org/f)")
                .doesNotContain("**", "<", "##");
    }

    @Test
    void theSearchComesFromTheAddressAndFindsWordsOfTheMaterials() {
        document(p.erika(), p.sensors(), "Kanalpegel messen");
        document(p.kai(), p.levels(), "Pad zur Starkregen-Vorsorge");

        open(Map.of("q", "starkregen"));

        assertThat(_get(TextField.class, t -> t.withLabel("Suche")).getValue()).isEqualTo("starkregen");
        assertThat(result()).isEqualTo("1 dokumentierte Session");
        assertThat(entries()).extracting(ArchiveEntry::title).containsExactly("Pegel offen teilen");

        open(Map.of("city", "Lübeck", "event", p.slug()));
        assertThat(entries()).hasSize(2);
        @SuppressWarnings("unchecked")
        FilterSelect<String> city = _get(FilterSelect.class, s -> s.withLabel("Gastgeberstadt"));
        assertThat(city.getValue()).isEqualTo("Lübeck");
    }

    @Test
    void typingASearchPutsItIntoTheAddress() {
        document(p.kai(), p.levels(), "Pad zur Starkregen-Vorsorge");
        open(Map.of());

        TextField search = _get(TextField.class, t -> t.withLabel("Suche"));
        org.kogge.testing.Karibu._setValue(search, "Vorsorge");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("archive?q=Vorsorge");
        assertThat(entries()).extracting(ArchiveEntry::title).containsExactly("Pegel offen teilen");
    }

    @Test
    void aSearchWithoutHitsAndAnEmptyArchiveSaySoKindly() {
        open(Map.of());
        assertThat(result()).startsWith("Noch hat keine Session Unterlagen oder Ergebnisse.");
        _assertNone(ArchiveList.class);

        document(p.erika(), p.sensors(), "Kanalpegel messen");
        open(Map.of("q", "Quantencomputer"));

        assertThat(result()).startsWith("Keine dokumentierte Session passt zu dieser Suche.");
        _assertNone(ArchiveList.class);
    }

    @Test
    void aPageLoadSearchesOnceForTheCountTheFiltersAndTheEntries() {
        document(p.erika(), p.sensors(), "Kanalpegel messen");
        document(p.kai(), p.levels(), "Pad zur Starkregen-Vorsorge");
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        archive.search(new ArchiveQuery("pegel", null, null));
        long oneSearch = stats.getPrepareStatementCount();

        stats.clear();
        open(Map.of("q", "pegel"));
        long pageLoad = stats.getPrepareStatementCount();
        stats.clear();
        List<ArchiveEntry> shown = entries();
        long firstPage = stats.getPrepareStatementCount();

        assertThat(shown).hasSize(2);
        assertThat(result()).isEqualTo("2 dokumentierte Sessions");
        assertThat(pageLoad + firstPage).as("one search and one page of materials").isEqualTo(oneSearch + 1);
    }

    /** The host writes the session's materials anew (blank: removes them), from the current version. */
    private void rewrite(String who, long session, String text) {
        fixtures.as(who, () -> {
            MaterialsForm form = materials.formFor(p.slug(), session);
            form.setText(text);
            return materials.save(p.slug(), session, form);
        });
    }

    private static String excerptOf(String title) {
        ArchiveList list = _get(ArchiveList.class);
        return entries().stream().filter(e -> e.title().equals(title)).findFirst()
                .map(e -> ((ArchiveList.Card) LitRenderers.property(list, e, "card")).excerpt()).orElse(null);
    }

    @Test
    void anOpenArchiveFollowsMaterialsRemovedOrEditedMeanwhileAndStopsListeningWhenLeft() throws Exception {
        document(p.erika(), p.sensors(), "Kanalpegel messen");
        document(p.kai(), p.levels(), "Pad zur Starkregen-Vorsorge");
        open(Map.of("q", "pegel"));
        assertThat(entries()).extracting(ArchiveEntry::title).containsExactly("Sensornetze im Kanal", "Pegel offen teilen");
        assertThat(live.listenerCount(ArchiveUpdates.TOPIC, ArchiveUpdates.NETWORK)).isEqualTo(1);

        rewrite(p.kai(), p.levels(), "");
        LiveTesting.awaitPush(() -> entries().size() == 1);

        assertThat(entries()).extracting(ArchiveEntry::title).containsExactly("Sensornetze im Kanal");
        assertThat(result()).isEqualTo("1 dokumentierte Session");
        assertThat(_get(TextField.class, t -> t.withLabel("Suche")).getValue()).isEqualTo("pegel");

        rewrite(p.erika(), p.sensors(), "Kanalpegel gemessen, Folien folgen");
        LiveTesting.awaitPush(() -> "Kanalpegel gemessen, Folien folgen".equals(excerptOf("Sensornetze im Kanal")));
        assertThat(excerptOf("Sensornetze im Kanal")).isEqualTo("Kanalpegel gemessen, Folien folgen");

        UI.getCurrent().navigate("");
        assertThat(live.listenerCount(ArchiveUpdates.TOPIC, ArchiveUpdates.NETWORK)).isZero();
    }

    /** The first documented session of an event brings its city and event into the filters of an open page. */
    @Test
    void anOpenArchiveOffersTheCityAndEventOfTheFirstSessionDocumentedMeanwhileKeepingTheChoice() throws Exception {
        open(Map.of());
        @SuppressWarnings("unchecked")
        FilterSelect<String> city = _get(FilterSelect.class, s -> s.withLabel("Gastgeberstadt"));
        @SuppressWarnings("unchecked")
        FilterSelect<ArchiveFilters.EventChoice> event = _get(FilterSelect.class, s -> s.withLabel("Veranstaltung"));
        assertThat(city.getListDataView().getItems()).isEmpty();
        assertThat(event.getListDataView().getItems()).isEmpty();

        document(p.erika(), p.sensors(), "Kanalpegel messen");
        LiveTesting.awaitPush(() -> event.getListDataView().getItemCount() == 1);

        assertThat(event.getListDataView().getItems()).extracting(ArchiveFilters.EventChoice::slug)
                .containsExactly(p.slug());
        assertThat(city.getListDataView().getItems()).hasSize(1);
        assertThat(event.getValue()).as("nothing chosen: all events").isNull();
        assertThat(entries()).hasSize(1);

        // A chosen filter stays chosen when the page searches again.
        open(Map.of("event", p.slug()));
        document(p.kai(), p.levels(), "Pad zur Starkregen-Vorsorge");
        LiveTesting.awaitPush(() -> entries().size() == 2);
        assertThat(_get(FilterSelect.class, s -> s.withLabel("Veranstaltung")).getValue())
                .isEqualTo(new ArchiveFilters.EventChoice(p.slug(), event.getListDataView().getItems().findFirst()
                        .orElseThrow().title()));
    }
}
