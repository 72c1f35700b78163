package org.kogge.archive.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Map;
import org.kogge.archive.MaterialsChangedException;
import org.kogge.archive.MaterialsForm;
import org.kogge.archive.MaterialsService;
import org.kogge.archive.MaterialsVersion;
import org.kogge.archive.SessionMaterials;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.DialogFooters;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.MarkdownPreview;
import org.kogge.common.ui.RequiredFields;

/**
 * Edits a session's materials: Markdown with a sanitized live preview, checked by the binder (length) and again by
 * the service; cancel leaves everything as it was, a refused save keeps the dialog open with the input. The dialog
 * keeps the version of the materials it opened with: when somebody else saved or removed them meanwhile, the service
 * refuses the save, and the dialog says so (and who, if known) and shows the newer version below the person's text
 * ({@link MaterialsConflict}): they may save their text over it deliberately (the newer version becomes the basis, so
 * a further change meanwhile is refused again) or take the newer text into the editor. Closing the dialog after a
 * refusal shows the page the current materials.
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
    private final MaterialsConflict conflict = new MaterialsConflict(this::overwrite, this::takeOver);
    private final Button save;
    /**
     * What the materials were when the dialog opened (or the newer version taken over); the service refuses a save
     * over anything newer.
     */
    private MaterialsForm.Basis basis;
    private boolean stale;
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
        add(text, conflict, new H3(getTranslation("archive.materials.preview")), preview);
        setWidth("min(48rem, 100vw)");
        save = new Button(getTranslation("archive.materials.save"), e -> save(basis));
        DialogFooters.cancelThen(this, getTranslation("archive.materials.cancel"), save);
        MaterialsForm form = materials.formFor(slug, sessionId);
        basis = form.getBasis();
        binder.readBean(form);
        preview.show(form.getText());
        addOpenedChangeListener(e -> {
            if (!e.isOpened() && stale) {
                materials.of(slug, sessionId).ifPresent(onSaved);
            }
        });
    }

    /**
     * Saves the text over the materials of this basis; refused (and the newer version shown) if they changed since.
     */
    private void save(MaterialsForm.Basis over) {
        MaterialsForm form = new MaterialsForm();
        form.setBasis(over);
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            SessionMaterials saved = materials.save(slug, sessionId, form);
            close();
            FormErrors.success(getTranslation("archive.materials.saved"));
            onSaved.accept(saved);
        } catch (MaterialsChangedException e) {
            stale = true;
            InvalidInputException.Problem p = e.problems().get(0);
            // While the conflict is open, only its two choices go on: a plain save would be refused again.
            save.setEnabled(false);
            conflict.show(getTranslation(p.messageKey(), p.args().toArray()), materials.latest(slug, sessionId));
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of("text", text));
        }
    }

    /** The person's text saved over the newer version, deliberately: that version is the save's basis. */
    private void overwrite(MaterialsVersion newer) {
        save(newer.basis());
    }

    /** The newer version into the editor; the person edits on from it, and a save names it as the basis. */
    private void takeOver(MaterialsVersion newer) {
        basis = newer.basis();
        text.setValue(newer.removed() ? "" : newer.markdown());
        conflict.hide();
        save.setEnabled(true);
        text.focus();
    }
}
