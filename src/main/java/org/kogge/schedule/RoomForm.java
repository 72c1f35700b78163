package org.kogge.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an organizer enters for a room. Capacity is optional (unknown); step-free access is assumed unless unticked. */
public class RoomForm implements org.kogge.common.Versioned {

    public static final int NAME_MAX = 80;
    public static final int NOTES_MAX = 300;
    public static final int CAPACITY_MAX = 100_000;

    @NotBlank(message = "{validation.required}")
    @Size(max = NAME_MAX, message = "{validation.too-long}")
    private String name;

    @Min(value = 1, message = "{schedule.room.capacity.range}")
    @Max(value = CAPACITY_MAX, message = "{schedule.room.capacity.range}")
    private Integer capacity;

    @Size(max = NOTES_MAX, message = "{validation.too-long}")
    private String notes;

    private boolean accessible = true;

    /** See {@link #getVersion()}. */
    private Long version;

    public RoomForm() {
    }

    public RoomForm(String name, Integer capacity, String notes, boolean accessible) {
        this.name = name;
        this.capacity = capacity;
        this.notes = notes;
        this.accessible = accessible;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public boolean isAccessible() { return accessible; }
    public void setAccessible(boolean accessible) { this.accessible = accessible; }

    /** The version of the stored record this form was loaded from; {@code null} for a new one. */
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
