package org.kogge.ceremony;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A guest's answer: yes or no, companions (only with yes, up to the organizer's limit), an optional note. */
public class RsvpForm {

    @NotNull(message = "{validation.required}")
    private Boolean attending;

    @NotNull(message = "{validation.required}")
    private Integer companions = 0;

    @Size(max = 500, message = "{validation.too-long}")
    private String note;

    public RsvpForm() {
    }

    public RsvpForm(Boolean attending, Integer companions, String note) {
        this.attending = attending;
        this.companions = companions;
        this.note = note;
    }

    public Boolean getAttending() { return attending; }
    public void setAttending(Boolean attending) { this.attending = attending; }
    public Integer getCompanions() { return companions; }
    public void setCompanions(Integer companions) { this.companions = companions; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
