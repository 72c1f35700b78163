package org.kogge.archive;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/**
 * A session's materials as edited: checked by the dialog's binder and again by the service. Blank means none.
 * {@link #getBasis() basis}: the materials the edit started from ({@code null}: none were written), so that a save
 * over somebody else's newer edit is refused instead of overwriting it.
 */
public class MaterialsForm implements Serializable {

    public static final int TEXT_MAX = 20_000;

    /**
     * The stored materials an edit starts from: their version and when they were last edited (a removed and written
     * again text starts at the same version, its edit time tells them apart).
     */
    public record Basis(long version, Instant editedAt) implements Serializable {
    }

    /** Markdown; the page shows it sanitized. */
    @Size(max = TEXT_MAX, message = "{validation.too-long}")
    private String text;

    private Basis basis;

    public MaterialsForm() {
    }

    /** A text written from scratch: saved only while the session has no materials. */
    public MaterialsForm(String text) {
        this.text = text;
    }

    public MaterialsForm(String text, Basis basis) {
        this.text = text;
        this.basis = basis;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Basis getBasis() { return basis; }
    public void setBasis(Basis basis) { this.basis = basis; }
}
