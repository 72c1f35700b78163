package org.kogge.schedule;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** A time slot as an organizer enters it: a day of the event and wall-clock times in the event's zone. */
public class SlotForm extends DayTimes implements org.kogge.common.Versioned {

    public static final int LABEL_MAX = 80;

    @NotNull(message = "{validation.required}")
    private SlotKind kind = SlotKind.SESSION;

    @Size(max = LABEL_MAX, message = "{validation.too-long}")
    private String label;

    /** See {@link #getVersion()}. */
    private Long version;

    public SlotForm() {
        super(null, null, null);
    }

    public SlotForm(LocalDate day, LocalTime start, LocalTime end, SlotKind kind, String label) {
        super(day, start, end);
        this.kind = kind;
        this.label = label;
    }

    public SlotKind getKind() { return kind; }
    public void setKind(SlotKind kind) { this.kind = kind; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }

    /** The version of the stored record this form was loaded from; {@code null} for a new one. */
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
