package org.kogge.archive.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Map;
import org.kogge.archive.MaterialsForm;
import org.kogge.archive.MaterialsService;
import org.kogge.archive.SessionMaterials;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.DialogFooters;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.MarkdownPreview;
import org.kogge.common.ui.RequiredFields;

/**
 * Edits a session's materials: Markdown with a sanitized live preview, checked by the binder (length) and again by
 * the service; cancel leaves everything as it was, a refused save keeps the dialog open with the input.
 */
class MaterialsDialog extends Dialog {

    /** The preview's headings start below its h3. */
    private static final int PREVIEW_HEADINGS = 4;

    private final transient MaterialsService materials;
    private final String slug;
    private final long sessionId;
    private final SerializableConsumer<SessionMaterials> onSaved;
    private final BeanValidationBinder<MaterialsForm> binder = RequiredFields.binder(MaterialsForm.class);
    private final TextArea text = new TextArea();
    private final MarkdownPreview preview =
            new MarkdownPreview(getTranslation("archive.materials.preview.empty"), PREVIEW_HEADINGS);

    MaterialsDialog(MaterialsService materials, String slug, long sessionId,
                    SerializableConsumer<SessionMaterials> onSaved) {
        this.materials = materials;
        this.slug = slug;
        this.sessionId = sessionId;
        this.onSaved = onSaved;
        addClassName("kogge-materials-dialog");
        setHeaderTitle(getTranslation("archive.materials.dialog.title"));
        text.setLabel(getTranslation("archive.materials.text"));
        text.setHelperText(getTranslation("archive.materials.text.help"));
        text.setMaxLength(MaterialsForm.TEXT_MAX);
        text.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(getTranslation("archive.materials.too-long", MaterialsForm.TEXT_MAX)));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidthFull();
        text.setMinHeight("12em");
        text.addValueChangeListener(e -> preview.show(e.getValue()));
        binder.forField(text).bind("text");
        preview.addClassName("kogge-materials-preview");
        add(text, new H3(getTranslation("archive.materials.preview")), preview);
        setWidth("min(48rem, 100vw)");
        Button save = new Button(getTranslation("archive.materials.save"), e -> save());
        DialogFooters.cancelThen(this, getTranslation("archive.materials.cancel"), save);
        MaterialsForm form = materials.formFor(slug, sessionId);
        binder.readBean(form);
        preview.show(form.getText());
    }

    private void save() {
        MaterialsForm form = new MaterialsForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            SessionMaterials saved = materials.save(slug, sessionId, form);
            close();
            FormErrors.success(getTranslation("archive.materials.saved"));
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of("text", text));
        }
    }
}
