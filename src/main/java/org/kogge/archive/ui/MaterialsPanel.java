package org.kogge.archive.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.kogge.archive.MaterialsService;
import org.kogge.archive.SessionMaterials;
import org.kogge.common.Formats;

/**
 * A session's materials on its page: the sanitized text and who last edited it when (in the event's zone); for
 * those who may write them a button that opens the {@link MaterialsDialog}, and an invitation while none exist.
 */
class MaterialsPanel extends Section {

    private final transient MaterialsService materials;
    private final String slug;

    MaterialsPanel(MaterialsService materials, String slug, SessionMaterials shown) {
        this.materials = materials;
        this.slug = slug;
        addClassName("kogge-materials");
        getElement().setAttribute("aria-labelledby", "kogge-materials-heading");
        show(shown);
    }

    private void show(SessionMaterials m) {
        removeAll();
        H2 heading = new H2(getTranslation("archive.materials.heading"));
        heading.setId("kogge-materials-heading");
        add(heading);
        if (m.written()) {
            Div text = new Div(new Html(m.html()));
            text.addClassName("kogge-materials-text");
            add(text);
            Paragraph edited = new Paragraph(m.editorName() == null
                    ? getTranslation("archive.materials.edited-at", Formats.dateTime(m.editedAt(), m.zone(), getLocale()))
                    : getTranslation("archive.materials.edited", m.editorName(),
                            Formats.dateTime(m.editedAt(), m.zone(), getLocale())));
            edited.addClassNames("kogge-muted", "kogge-materials-edited");
            add(edited);
        } else {
            Paragraph invite = new Paragraph(getTranslation("archive.materials.invite"));
            invite.addClassName("kogge-materials-invite");
            add(invite);
        }
        if (m.mayEdit()) {
            Button edit = new Button(getTranslation(m.written() ? "archive.materials.edit" : "archive.materials.add"),
                    VaadinIcon.EDIT.create(), e -> new MaterialsDialog(materials, slug, m.sessionId(), this::show).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.addClassName("kogge-materials-edit");
            add(edit);
        }
    }
}
