package org.kogge.archive.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.archive.MaterialsForm;
import org.kogge.archive.MaterialsService;
import org.kogge.testing.Karibu;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** "Unterlagen & Ergebnisse" on the session page: read by everybody, written by hosts and organizers only. */
class MaterialsSectionKT extends KaribuTestBase {

    @Autowired ProgrammeFixtures programmes;
    @Autowired MaterialsService materials;

    Programme p;

    @BeforeEach
    void programme() {
        p = programmes.programme();
        programmes.publish(p);
    }

    private void open(long id) {
        UI.getCurrent().navigate("events/" + p.slug() + "/sessions/" + id);
    }

    private static Section section() {
        return _get(Section.class, s -> s.withClasses("kogge-materials"));
    }

    @Test
    void aReaderSeesTheRenderedSanitizedMaterialsAndWhoEditedThem() {
        fixtures.as(p.erika(), () -> materials.save(p.slug(), p.sensors(),
                new MaterialsForm("## Ergebnis\n\n**Pegel** teilen <script>alert(1)</script> [Pad](https://pad.example.org/x)")));

        open(p.sensors());

        Section section = section();
        assertThat(_get(section, H2.class).getText()).isEqualTo("Unterlagen & Ergebnisse");
        String html = _get(section, Html.class).getInnerHtml();
        assertThat(html).contains("<h3>Ergebnis</h3>", "<strong>Pegel</strong>", "href=\"https://pad.example.org/x\"")
                .doesNotContain("<script");
        assertThat(_get(section, Paragraph.class, x -> x.withClasses("kogge-materials-edited")).getText())
                .startsWith("Zuletzt bearbeitet von Erika Expertin am ");
        _assertNone(section, Button.class);
    }

    @Test
    void othersSeeNothingWhileNoneAreWrittenAndTheHostIsInvited() {
        open(p.sensors());
        _assertNone(Section.class, s -> s.withClasses("kogge-materials"));
        _assertNone(H2.class, h -> h.withText("Unterlagen & Ergebnisse"));

        login(p.lena());
        open(p.sensors());
        _assertNone(Section.class, s -> s.withClasses("kogge-materials"));

        login(p.erika());
        open(p.sensors());
        assertThat(_get(section(), Paragraph.class, x -> x.withClasses("kogge-materials-invite")).getText())
                .startsWith("Noch keine Unterlagen");
        _get(section(), Button.class, b -> b.withText("Unterlagen hinzufügen"));
    }

    @Test
    void theHostAddsMaterialsWithAPreviewAndSavesThem() {
        login(p.erika());
        open(p.sensors());
        _click(_get(Button.class, b -> b.withText("Unterlagen hinzufügen")));

        Dialog dialog = _get(Dialog.class);
        TextArea text = _get(dialog, TextArea.class, t -> t.withLabel("Text (Markdown)"));
        text.setValue("Folien: **Sensoren** <script>alert(1)</script>");
        String preview = _get(dialog, Div.class, d -> d.withClasses("kogge-materials-preview")).getElement().getOuterHTML();
        assertThat(preview).contains("<strong>Sensoren</strong>").doesNotContain("<script");
        _click(_get(dialog, Button.class, b -> b.withText("Speichern")));

        NotificationsKt.expectNotifications("Unterlagen gespeichert.");
        _assertNone(Dialog.class);
        assertThat(_get(section(), Html.class).getInnerHtml()).contains("<strong>Sensoren</strong>");
        assertThat(_get(section(), Paragraph.class, x -> x.withClasses("kogge-materials-edited")).getText())
                .startsWith("Zuletzt bearbeitet von Erika Expertin am ");
        _get(section(), Button.class, b -> b.withText("Bearbeiten"));
        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().markdown())
                .isEqualTo("Folien: **Sensoren** <script>alert(1)</script>");
    }

    @Test
    void theOrganizerEditsATooLongTextIsRefusedByTheFormAndCancelLeavesAllAsItWas() {
        fixtures.as(p.erika(), () -> materials.save(p.slug(), p.sensors(), new MaterialsForm("Erste Fassung")));
        login(p.organizer());
        open(p.sensors());
        _click(_get(section(), Button.class, b -> b.withText("Bearbeiten")));

        Dialog dialog = _get(Dialog.class);
        TextArea text = _get(dialog, TextArea.class, t -> t.withLabel("Text (Markdown)"));
        assertThat(text.getValue()).isEqualTo("Erste Fassung");
        Karibu._setValue(text, "x".repeat(MaterialsForm.TEXT_MAX + 1));
        _click(_get(dialog, Button.class, b -> b.withText("Speichern")));

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Zu lang: höchstens 20.000 Zeichen.");
        assertThat(dialog.isOpened()).isTrue();
        _click(_get(dialog, Button.class, b -> b.withText("Abbrechen")));

        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().markdown()).isEqualTo("Erste Fassung");
    }

    /** Opens the organizer's dialog on Erika's first version, lets Erika save hers meanwhile and saves Olga's text. */
    private Dialog refusedSave() {
        fixtures.as(p.erika(), () -> materials.save(p.slug(), p.sensors(), new MaterialsForm("Erste Fassung")));
        login(p.organizer());
        open(p.sensors());
        _click(_get(section(), Button.class, b -> b.withText("Bearbeiten")));
        Dialog dialog = _get(Dialog.class);
        _assertNone(dialog, Paragraph.class, x -> x.withClasses("kogge-materials-changed"));
        _assertNone(dialog, Button.class, b -> b.withText("Meine Fassung trotzdem speichern"));

        erikaSaves("Erikas Fassung");
        Karibu._setValue(ownText(dialog), "Olgas Notizen");
        _click(_get(dialog, Button.class, b -> b.withText("Speichern")));
        return dialog;
    }

    /** The host saves from her own browser, over whatever is stored. */
    private void erikaSaves(String text) {
        fixtures.as(p.erika(), () -> {
            MaterialsForm hers = materials.formFor(p.slug(), p.sensors());
            hers.setText(text);
            return materials.save(p.slug(), p.sensors(), hers);
        });
    }

    private static TextArea ownText(Dialog dialog) {
        return _get(dialog, TextArea.class, t -> t.withLabel("Text (Markdown)"));
    }

    private static TextArea newerText(Dialog dialog) {
        return _get(dialog, TextArea.class, t -> t.withClasses("kogge-materials-newer"));
    }

    @Test
    void aRefusedSaveShowsTheNewerVersionAndTheNewerVersionIsTakenIntoTheEditor() {
        Dialog dialog = refusedSave();

        assertThat(dialog.isOpened()).isTrue();
        Paragraph changed = _get(dialog, Paragraph.class, x -> x.withClasses("kogge-materials-changed"));
        assertThat(changed.getText()).startsWith("Erika Expertin hat die Unterlagen geändert, während Sie sie bearbeitet haben.")
                .contains("Ihr Text ist noch nicht gespeichert");
        assertThat(changed.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(ownText(dialog).getValue()).isEqualTo("Olgas Notizen");
        TextArea newer = newerText(dialog);
        assertThat(newer.isReadOnly()).isTrue();
        assertThat(newer.getValue()).isEqualTo("Erikas Fassung");
        assertThat(newer.getLabel()).matches("Neuere Fassung, gespeichert von Erika Expertin am .+\\d{2}:\\d{2}");
        assertThat(_get(dialog, Button.class, b -> b.withText("Speichern")).isEnabled()).isFalse();
        _get(dialog, Button.class, b -> b.withText("Meine Fassung trotzdem speichern"));
        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().markdown()).isEqualTo("Erikas Fassung");

        _click(_get(dialog, Button.class, b -> b.withText("Neuere Fassung übernehmen")));

        assertThat(ownText(dialog).getValue()).isEqualTo("Erikas Fassung");
        _assertNone(dialog, Paragraph.class, x -> x.withClasses("kogge-materials-changed"));
        _assertNone(dialog, Button.class, b -> b.withText("Meine Fassung trotzdem speichern"));
        // The editor now starts from Erika's version: a plain save goes through.
        Karibu._setValue(ownText(dialog), "Erikas Fassung und Olgas Notizen");
        _click(_get(dialog, Button.class, b -> b.withText("Speichern")));
        _assertNone(Dialog.class);
        assertThat(_get(section(), Html.class).getInnerHtml()).contains("Erikas Fassung und Olgas Notizen");
        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().markdown())
                .isEqualTo("Erikas Fassung und Olgas Notizen");
    }

    @Test
    void afterARefusalMyVersionIsSavedAnywayButAThirdChangeMeanwhileIsRefusedAgain() {
        Dialog dialog = refusedSave();
        // Before Olga decides, Erika saves once more: the overwrite names the version Olga saw, and is refused.
        erikaSaves("Erikas dritte Fassung");
        _click(_get(dialog, Button.class, b -> b.withText("Meine Fassung trotzdem speichern")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(newerText(dialog).getValue()).isEqualTo("Erikas dritte Fassung");
        assertThat(ownText(dialog).getValue()).isEqualTo("Olgas Notizen");
        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().markdown()).isEqualTo("Erikas dritte Fassung");

        _click(_get(dialog, Button.class, b -> b.withText("Meine Fassung trotzdem speichern")));

        NotificationsKt.expectNotifications("Unterlagen gespeichert.");
        _assertNone(Dialog.class);
        assertThat(_get(section(), Html.class).getInnerHtml()).contains("Olgas Notizen");
        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().editorName()).isEqualTo("Olga Orga");
    }

    @Test
    void materialsRemovedMeanwhileAreSaidSoAndCancellingShowsThePageWithoutThem() {
        Dialog dialog = refusedSave();
        _click(_get(dialog, Button.class, b -> b.withText("Neuere Fassung übernehmen")));
        fixtures.as(p.erika(), () -> {
            MaterialsForm hers = materials.formFor(p.slug(), p.sensors());
            hers.setText("");
            return materials.save(p.slug(), p.sensors(), hers);
        });
        Karibu._setValue(ownText(dialog), "Olgas zweiter Versuch");
        _click(_get(dialog, Button.class, b -> b.withText("Speichern")));

        assertThat(_get(dialog, Paragraph.class, x -> x.withClasses("kogge-materials-changed")).getText())
                .startsWith("Jemand anderes hat die Unterlagen entfernt");
        _get(dialog, Paragraph.class, x -> x.withText("Neuere Fassung: keine Unterlagen, sie wurden entfernt."));
        _assertNone(dialog, TextArea.class, t -> t.withClasses("kogge-materials-newer"));
        _click(_get(dialog, Button.class, b -> b.withText("Abbrechen")));

        _assertNone(Dialog.class);
        assertThat(_get(section(), Paragraph.class, x -> x.withClasses("kogge-materials-invite")).getText())
                .startsWith("Noch keine Unterlagen");
        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().written()).isFalse();
    }

    @Test
    void anotherExpertSeesNoEditButtonAndTheServiceRefusesThemToo() {
        fixtures.as(p.erika(), () -> materials.save(p.slug(), p.sensors(), new MaterialsForm("Vom Host")));
        login(p.lena());
        open(p.sensors());

        assertThat(_get(section(), Html.class).getInnerHtml()).contains("Vom Host");
        _assertNone(section(), Button.class);
        assertThatThrownBy(() -> materials.save(p.slug(), p.sensors(), new MaterialsForm("Übernommen")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().markdown()).isEqualTo("Vom Host");
    }
}
