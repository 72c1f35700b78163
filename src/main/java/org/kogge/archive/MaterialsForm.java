package org.kogge.archive;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A session's materials as edited: checked by the dialog's binder and again by the service. Blank means none. */
public class MaterialsForm implements Serializable {

    public static final int TEXT_MAX = 20_000;

    /** Markdown; the page shows it sanitized. */
    @Size(max = TEXT_MAX, message = "{validation.too-long}")
    private String text;

    public MaterialsForm() {
    }

    public MaterialsForm(String text) {
        this.text = text;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
