package org.kogge.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.proposal.CohostService;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalService;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.ScheduleReader;
import org.kogge.schedule.ScheduledSession;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.Races;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Who may write a session's materials, when, and what a refused save leaves behind. */
class MaterialsServiceTest extends ServiceTestBase {

    @Autowired MaterialsService materials;
    @Autowired org.kogge.account.AccountService accounts;
    @Autowired ProgrammeFixtures programmes;
    @Autowired ProposalService proposals;
    @Autowired CohostService cohosts;
    @Autowired PlanningService planning;
    @Autowired ScheduleReader reader;

    Programme p;

    @BeforeEach
    void programme() {
        p = programmes.programme();
    }

    /** Saves as a person does: opens the current materials, then writes the text over them. */
    private SessionMaterials save(String who, long session, String text) {
        return fixtures.as(who, () -> {
            MaterialsForm form = opened(who, session);
            form.setText(text);
            return materials.save(p.slug(), session, form);
        });
    }

    /** The form a person's edit starts from (their dialog opens with it). */
    private MaterialsForm opened(String who, long session) {
        return fixtures.as(who, () -> materials.formFor(p.slug(), session));
    }

    /** Saves a form opened earlier with a new text: "key" if refused as changed meanwhile, with its first argument. */
    private String saveOpened(String who, MaterialsForm form, String text) {
        form.setText(text);
        try {
            fixtures.as(who, () -> materials.save(p.slug(), p.sensors(), form));
        } catch (MaterialsChangedException e) {
            InvalidInputException.Problem problem = e.problems().get(0);
            return problem.messageKey() + (problem.args().isEmpty() ? "" : " " + problem.args().get(0));
        }
        return "saved";
    }

    private String shownText() {
        return materials.of(p.slug(), p.sensors()).map(SessionMaterials::markdown).orElse(null);
    }

    @Test
    void hostCohostOrganizerAndAdminWriteAndEverybodyReads() {
        programmes.publish(p);
        ProposalForm f = fixtures.as(p.organizer(), () -> proposals.formFor(p.slug(), p.sensors()));
        f.getCohostEmails().add(p.kai());
        fixtures.as(p.organizer(), () -> proposals.update(p.slug(), p.sensors(), f));
        fixtures.as(p.kai(), () -> cohosts.accept(p.slug(), p.sensors()));

        assertThat(save(p.erika(), p.sensors(), "Folien: https://example.org/folien").markdown())
                .isEqualTo("Folien: https://example.org/folien");
        assertThat(save(p.kai(), p.sensors(), "Vom Co-Host").editorName()).isEqualTo("Kai Kollege");
        assertThat(save(p.organizer(), p.sensors(), "Von der Orga").editorName()).isEqualTo("Olga Orga");
        SessionMaterials byAdmin = save(Fixtures.ADMIN, p.sensors(), "  # Ergebnis\n\n**fett** <script>alert(1)</script>  ");

        assertThat(byAdmin.markdown()).isEqualTo("# Ergebnis\n\n**fett** <script>alert(1)</script>");
        assertThat(byAdmin.editorName()).isEqualTo("Ada Admin");
        logout();
        SessionMaterials read = materials.of(p.slug(), p.sensors()).orElseThrow();
        assertThat(read.written()).isTrue();
        assertThat(read.mayEdit()).isFalse();
        assertThat(read.html()).contains("<h3>Ergebnis</h3>", "<strong>fett</strong>").doesNotContain("<script");
        assertThat(read.editorName()).isEqualTo("Ada Admin");
        assertThat(read.editedAt()).isNotNull();
        assertThat(read.zone()).isEqualTo(ProgrammeFixtures.ZONE);
    }

    @Test
    void theLastEditorFindsTheMaterialsInTheirDataExportAndNobodyElseDoes() {
        programmes.publish(p);
        save(p.erika(), p.sensors(), "Folien der Erika");

        String erikas = fixtures.as(p.erika(), () -> accounts.exportMyData());
        assertThat(erikas).contains("\"sessionmaterials\"", "\"text\" : \"Folien der Erika\"", "editedAt");
        assertThat(fixtures.as(p.lena(), () -> accounts.exportMyData())).doesNotContain("Folien der Erika");

        save(p.organizer(), p.sensors(), "Von der Orga");
        assertThat(fixtures.as(p.erika(), () -> accounts.exportMyData())).doesNotContain("Folien der Erika",
                "Von der Orga");
    }

    @Test
    void anotherExpertAndAnonymousAreRefused() {
        programmes.publish(p);
        save(p.erika(), p.sensors(), "Vom Host");

        assertThatThrownBy(() -> save(p.lena(), p.sensors(), "Fremd")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> materials.save(p.slug(), p.sensors(), new MaterialsForm("Anonym")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(p.lena(), () -> materials.formFor(p.slug(), p.sensors())))
                .isInstanceOf(AccessDeniedException.class);

        login(p.lena());
        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().mayEdit()).isFalse();
        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().markdown()).isEqualTo("Vom Host");
    }

    @Test
    void aSessionOutsideThePublishedProgrammeIsRefused() {
        // Not published yet: the host cannot even see the session, its organizer sees a preview but cannot write.
        assertThatThrownBy(() -> save(p.erika(), p.sensors(), "Zu früh")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> save(p.organizer(), p.sensors(), "Zu früh"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("archive.materials.not-published"));
        assertThat(fixtures.as(p.organizer(), () -> materials.of(p.slug(), p.sensors()))).isEmpty();

        programmes.publish(p);
        fixtures.as(p.organizer(), () -> planning.cancel(p.slug(), p.hackathon()));
        assertThatThrownBy(() -> save(p.kai(), p.hackathon(), "Abgesagt")).isInstanceOf(InvalidInputException.class);
        assertThat(materials.of(p.slug(), p.hackathon())).isEmpty();
        assertThatThrownBy(() -> materials.of(p.slug(), 987_654L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTooLongTextIsRefusedAndNothingIsSaved() {
        programmes.publish(p);
        save(p.erika(), p.sensors(), "Erste Fassung");

        assertThat(problemOf(() -> save(p.erika(), p.sensors(), "x".repeat(MaterialsForm.TEXT_MAX + 1))))
                .isEqualTo("text:validation.too-long");

        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().markdown()).isEqualTo("Erste Fassung");
        assertThat(save(p.erika(), p.sensors(), "y".repeat(MaterialsForm.TEXT_MAX)).markdown()).hasSize(MaterialsForm.TEXT_MAX);
    }

    @Test
    void ofTwoEditorsAtOnceTheSecondSaveIsRefusedNamingTheFirstAndNothingChanges() {
        programmes.publish(p);
        save(p.erika(), p.sensors(), "Erste Fassung");
        MaterialsForm erikas = opened(p.erika(), p.sensors());
        MaterialsForm olgas = opened(p.organizer(), p.sensors());

        assertThat(saveOpened(p.erika(), erikas, "Erikas Ergebnisse")).isEqualTo("saved");
        assertThat(saveOpened(p.organizer(), olgas, "Olgas Notizen"))
                .isEqualTo("archive.materials.changed.by Erika Expertin");

        assertThat(shownText()).isEqualTo("Erikas Ergebnisse");
        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().editorName()).isEqualTo("Erika Expertin");
        // Saving the refused edit again changes nothing either; the same person's other open edit is refused too.
        assertThat(saveOpened(p.organizer(), olgas, "Olgas Notizen")).startsWith("archive.materials.changed.by");
        // Erika's own older edit (another tab) is refused too, and she is told she saved meanwhile herself.
        assertThat(saveOpened(p.erika(), erikas, "Aus dem zweiten Tab")).isEqualTo("archive.materials.changed.by-you");
        assertThat(shownText()).isEqualTo("Erikas Ergebnisse");
    }

    @Test
    void afterARefusalASaveOverTheNewerVersionSucceedsAndAThirdChangeMeanwhileIsStillRefused() {
        programmes.publish(p);
        save(p.erika(), p.sensors(), "Erste Fassung");
        MaterialsForm olgas = opened(p.organizer(), p.sensors());
        save(p.erika(), p.sensors(), "Erikas Fassung");
        assertThat(saveOpened(p.organizer(), olgas, "Olgas Notizen")).startsWith("archive.materials.changed.by");

        MaterialsVersion newer = fixtures.as(p.organizer(), () -> materials.latest(p.slug(), p.sensors()));
        assertThat(newer.markdown()).isEqualTo("Erikas Fassung");
        assertThat(newer.editorName()).isEqualTo("Erika Expertin");
        assertThat(newer.byCaller()).isFalse();
        assertThat(newer.basis()).isEqualTo(opened(p.erika(), p.sensors()).getBasis());
        // Erika saves a third version before Olga decides: Olga's overwrite names the version she saw, and is refused.
        save(p.erika(), p.sensors(), "Erikas dritte Fassung");
        olgas.setBasis(newer.basis());
        assertThat(saveOpened(p.organizer(), olgas, "Olgas Notizen")).isEqualTo("archive.materials.changed.by Erika Expertin");
        assertThat(shownText()).isEqualTo("Erikas dritte Fassung");

        MaterialsVersion newest = fixtures.as(p.organizer(), () -> materials.latest(p.slug(), p.sensors()));
        assertThat(newest.markdown()).isEqualTo("Erikas dritte Fassung");
        olgas.setBasis(newest.basis());
        assertThat(saveOpened(p.organizer(), olgas, "Olgas Notizen")).isEqualTo("saved");
        assertThat(shownText()).isEqualTo("Olgas Notizen");
        assertThat(fixtures.as(p.erika(), () -> materials.latest(p.slug(), p.sensors())).editorName())
                .isEqualTo("Olga Orga");
        assertThat(fixtures.as(p.organizer(), () -> materials.latest(p.slug(), p.sensors())).byCaller()).isTrue();
        // Only who may write them sees the stored version this way.
        assertThatThrownBy(() -> fixtures.as(p.lena(), () -> materials.latest(p.slug(), p.sensors())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSameEditorSavesAgainAndAgainFromTheCurrentVersion() {
        programmes.publish(p);
        MaterialsForm first = opened(p.erika(), p.sensors());
        assertThat(first.getBasis()).isNull();
        assertThat(saveOpened(p.erika(), first, "Eins")).isEqualTo("saved");

        MaterialsForm second = opened(p.erika(), p.sensors());
        assertThat(second.getText()).isEqualTo("Eins");
        assertThat(second.getBasis()).isNotNull();
        assertThat(saveOpened(p.erika(), second, "Zwei")).isEqualTo("saved");
        assertThat(save(p.erika(), p.sensors(), "Drei").markdown()).isEqualTo("Drei");
        assertThat(opened(p.erika(), p.sensors()).getBasis().version())
                .isGreaterThan(second.getBasis().version());
        assertThat(shownText()).isEqualTo("Drei");
    }

    @Test
    void twoFirstEditsOfNewMaterialsTheSecondIsRefused() {
        programmes.publish(p);
        MaterialsForm erikas = opened(p.erika(), p.sensors());
        MaterialsForm olgas = opened(p.organizer(), p.sensors());

        assertThat(saveOpened(p.organizer(), olgas, "Von der Orga")).isEqualTo("saved");
        assertThat(saveOpened(p.erika(), erikas, "Von Erika")).isEqualTo("archive.materials.changed.by Olga Orga");
        assertThat(shownText()).isEqualTo("Von der Orga");
        // A form without a basis is one opened while there were none: it never overwrites materials.
        assertThatThrownBy(() -> fixtures.as(p.erika(), () -> materials.save(p.slug(), p.sensors(),
                new MaterialsForm("Ohne Grundlage")))).isInstanceOf(MaterialsChangedException.class);
        assertThat(shownText()).isEqualTo("Von der Orga");
    }

    @Test
    void removingRespectsTheVersionAndAnEditOfRemovedMaterialsIsRefused() {
        programmes.publish(p);
        save(p.erika(), p.sensors(), "Erste Fassung");
        MaterialsForm olgas = opened(p.organizer(), p.sensors());
        save(p.erika(), p.sensors(), "Zweite Fassung");

        // A stale removal removes nothing.
        assertThat(saveOpened(p.organizer(), olgas, "  ")).isEqualTo("archive.materials.changed.by Erika Expertin");
        assertThat(shownText()).isEqualTo("Zweite Fassung");

        MaterialsForm erikas = opened(p.erika(), p.sensors());
        assertThat(saveOpened(p.organizer(), opened(p.organizer(), p.sensors()), "")).isEqualTo("saved");
        assertThat(saveOpened(p.erika(), erikas, "Dritte Fassung")).isEqualTo("archive.materials.changed.removed");
        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().written()).isFalse();

        // Removed and written anew, the version starts again: an edit opened before the removal is still refused.
        save(p.organizer(), p.sensors(), "Neu geschrieben");
        MaterialsForm beforeRemoval = opened(p.erika(), p.sensors());
        save(p.organizer(), p.sensors(), "");
        save(p.organizer(), p.sensors(), "Wieder neu");
        assertThat(opened(p.erika(), p.sensors()).getBasis().version()).isEqualTo(beforeRemoval.getBasis().version());
        assertThat(saveOpened(p.erika(), beforeRemoval, "Erikas Fassung"))
                .isEqualTo("archive.materials.changed.by Olga Orga");
        assertThat(shownText()).isEqualTo("Wieder neu");
    }

    @Test
    void ofEditsRacingFromTheSameVersionOneIsSavedAndTheOthersAreRefused() throws Exception {
        programmes.publish(p);
        List<String> editors = List.of(p.erika(), p.organizer(), Fixtures.ADMIN, p.erika(), p.organizer(),
                Fixtures.ADMIN);

        // The first materials: nobody's row to update yet, the same key to insert.
        assertThat(racing(editors, "Neu")).isEqualTo(List.of(1, editors.size() - 1));
        // Edits of those: the same version to update.
        assertThat(racing(editors, "Fassung")).isEqualTo(List.of(1, editors.size() - 1));
    }

    /** All editors save at once from what they opened: how many were saved and how many refused as stale. */
    private List<Integer> racing(List<String> editors, String text) throws Exception {
        List<MaterialsForm> forms = editors.stream().map(e -> opened(e, p.sensors())).toList();
        List<String> outcomes = Races.race(IntStream.range(0, editors.size()).<Callable<String>>mapToObj(
                i -> () -> saveOpened(editors.get(i), forms.get(i), text + " " + i)).toList());
        assertThat(shownText()).isEqualTo(text + " " + outcomes.indexOf("saved"));
        return List.of((int) outcomes.stream().filter("saved"::equals).count(),
                (int) outcomes.stream().filter(o -> o.startsWith("archive.materials.changed.")).count());
    }

    @Test
    void combiningMarksAreStoredComposedNfc() {
        programmes.publish(p);
        String decomposed = "Stra\u00dfenba\u0308ume bei Mu\u0308ller";
        assertThat(save(p.erika(), p.sensors(), decomposed).markdown()).isEqualTo("Straßenbäume bei Müller");
        assertThat(shownText()).isEqualTo("Straßenbäume bei Müller").hasSize(23);
        assertThat(opened(p.erika(), p.sensors()).getText()).isEqualTo("Straßenbäume bei Müller");
    }

    @Test
    void aBlankTextRemovesTheMaterials() {
        programmes.publish(p);
        save(p.erika(), p.sensors(), "Etwas");

        SessionMaterials cleared = save(p.erika(), p.sensors(), "   \n ");

        assertThat(cleared.written()).isFalse();
        assertThat(cleared.mayEdit()).isTrue();
        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().written()).isFalse();
    }

    @Test
    void materialsAreNotProgrammeDataTheSessionsCalendarEntryStaysAsItWas() {
        programmes.publish(p);
        ScheduledSession before = sensors();

        save(p.erika(), p.sensors(), "Ergebnisse und [Folien](https://example.org/f)");

        ScheduledSession after = sensors();
        assertThat(after.sequence()).isEqualTo(before.sequence());
        assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
        assertThat(after.content()).isEqualTo(before.content());
    }

    private ScheduledSession sensors() {
        return reader.published(p.slug()).sessions().stream().filter(x -> x.id() == p.sensors()).findFirst().orElseThrow();
    }
}
