package org.kogge.archive.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import org.kogge.archive.MaterialsVersion;
import org.kogge.common.Formats;

/**
 * Shown in the {@link MaterialsDialog} below the person's own text once a save was refused because the materials
 * changed meanwhile: the notice (announced: {@code role=alert}), the newer version read-only and labelled with who
 * saved it when (in the event's zone; or that they were removed), and the two ways on: save one's own text over the
 * newer version, or take the newer version into the editor. The choice is the person's; the service decides again.
 */
class MaterialsConflict extends Div {

    private final Paragraph notice = new Paragraph();
    private final TextArea newerText = new TextArea();
    private final Paragraph removed = new Paragraph();
    private final Button overwrite;
    private final Button takeOver;
    private MaterialsVersion newer;

    MaterialsConflict(SerializableConsumer<MaterialsVersion> onOverwrite, SerializableConsumer<MaterialsVersion> onTakeOver) {
        addClassName("kogge-materials-conflict");
        notice.addClassNames("kogge-stale-notice", "kogge-materials-changed");
        notice.getElement().setAttribute("role", "alert");
        newerText.addClassName("kogge-materials-newer");
        newerText.setReadOnly(true);
        newerText.setWidthFull();
        newerText.setMaxHeight("16em");
        removed.addClassName("kogge-materials-newer-removed");
        removed.setText(getTranslation("archive.materials.newer.removed"));
        overwrite = new Button(getTranslation("archive.materials.overwrite"), e -> onOverwrite.accept(newer));
        overwrite.addClassName("kogge-materials-overwrite");
        takeOver = new Button(getTranslation("archive.materials.take-newer"), e -> onTakeOver.accept(newer));
        takeOver.addClassName("kogge-materials-take-newer");
        takeOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout choices = new FlexLayout(overwrite, takeOver);
        choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choices.getStyle().set("gap", "var(--lumo-space-s)");
        add(notice, newerText, removed, choices);
        setVisible(false);
    }

    /** Shows the refusal's message and the materials as stored now, and moves the focus to them. */
    void show(String message, MaterialsVersion newer) {
        this.newer = newer;
        notice.setText(message);
        newerText.setVisible(!newer.removed());
        removed.setVisible(newer.removed());
        if (!newer.removed()) {
            String when = Formats.dateTime(newer.editedAt(), newer.zone(), getLocale());
            newerText.setLabel(newer.byCaller() ? getTranslation("archive.materials.newer.by-you", when)
                    : newer.editorName() == null ? getTranslation("archive.materials.newer.at", when)
                    : getTranslation("archive.materials.newer.by", newer.editorName(), when));
            newerText.setValue(newer.markdown());
        }
        setVisible(true);
        scrollIntoView();
        if (newer.removed()) {
            overwrite.focus();
        } else {
            newerText.focus();
        }
    }

    void hide() {
        newer = null;
        setVisible(false);
    }
}
