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

    @Test
    void aSaveOverSomebodyElsesNewerEditIsRefusedTheTextStaysAndClosingShowsTheCurrentOnes() {
        fixtures.as(p.erika(), () -> materials.save(p.slug(), p.sensors(), new MaterialsForm("Erste Fassung")));
        login(p.organizer());
        open(p.sensors());
        _click(_get(section(), Button.class, b -> b.withText("Bearbeiten")));
        Dialog dialog = _get(Dialog.class);
        _assertNone(dialog, Paragraph.class, x -> x.withClasses("kogge-materials-changed"));

        // Meanwhile the host saves from her own browser.
        fixtures.as(p.erika(), () -> {
            MaterialsForm hers = materials.formFor(p.slug(), p.sensors());
            hers.setText("Erikas Fassung");
            return materials.save(p.slug(), p.sensors(), hers);
        });
        TextArea text = _get(dialog, TextArea.class, t -> t.withLabel("Text (Markdown)"));
        Karibu._setValue(text, "Olgas Notizen");
        _click(_get(dialog, Button.class, b -> b.withText("Speichern")));

        assertThat(dialog.isOpened()).isTrue();
        Paragraph changed = _get(dialog, Paragraph.class, x -> x.withClasses("kogge-materials-changed"));
        assertThat(changed.getText()).startsWith("Erika Expertin hat die Unterlagen geändert, während Sie sie bearbeitet haben.")
                .contains("Ihr Text ist nicht gespeichert");
        assertThat(changed.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(text.getValue()).isEqualTo("Olgas Notizen");
        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().markdown()).isEqualTo("Erikas Fassung");

        _click(_get(dialog, Button.class, b -> b.withText("Abbrechen")));
        _assertNone(Dialog.class);
        assertThat(_get(section(), Html.class).getInnerHtml()).contains("Erikas Fassung");

        // Opened again, the dialog starts from the current materials and saves.
        _click(_get(section(), Button.class, b -> b.withText("Bearbeiten")));
        dialog = _get(Dialog.class);
        text = _get(dialog, TextArea.class, t -> t.withLabel("Text (Markdown)"));
        assertThat(text.getValue()).isEqualTo("Erikas Fassung");
        Karibu._setValue(text, "Erikas Fassung und Olgas Notizen");
        _click(_get(dialog, Button.class, b -> b.withText("Speichern")));
        _assertNone(Dialog.class);
        assertThat(materials.of(p.slug(), p.sensors()).orElseThrow().markdown())
                .isEqualTo("Erikas Fassung und Olgas Notizen");
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
