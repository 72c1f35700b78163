package org.kogge.schedule;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** A time slot as an organizer enters it: a day of the event and wall-clock times in the event's zone. */
public class SlotForm implements org.kogge.common.Versioned {

    public static final int LABEL_MAX = 80;

    @NotNull(message = "{validation.required}")
    private LocalDate day;

    @NotNull(message = "{validation.required}")
    private LocalTime start;

    @NotNull(message = "{validation.required}")
    private LocalTime end;

    @NotNull(message = "{validation.required}")
    private SlotKind kind = SlotKind.SESSION;

    @Size(max = LABEL_MAX, message = "{validation.too-long}")
    private String label;

    /** See {@link #getVersion()}. */
    private Long version;

    public SlotForm() {
    }

    public SlotForm(LocalDate day, LocalTime start, LocalTime end, SlotKind kind, String label) {
        this.day = day;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.label = label;
    }

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalTime getStart() { return start; }
    public void setStart(LocalTime start) { this.start = start; }
    public LocalTime getEnd() { return end; }
    public void setEnd(LocalTime end) { this.end = end; }
    public SlotKind getKind() { return kind; }
    public void setKind(SlotKind kind) { this.kind = kind; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }

    /** The version of the stored record this form was loaded from; {@code null} for a new one. */
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
