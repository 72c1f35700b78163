package org.kogge.ceremony;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/** Invitation settings: RSVP deadline (event's zone; empty = until the start), companions per guest, public or not. */
public class CeremonySettingsForm {

    private LocalDateTime rsvpDeadline;

    @NotNull(message = "{validation.required}")
    private Integer maxCompanions = 0;

    private boolean openToPublic;

    public CeremonySettingsForm() {
    }

    public CeremonySettingsForm(LocalDateTime rsvpDeadline, Integer maxCompanions, boolean openToPublic) {
        this.rsvpDeadline = rsvpDeadline;
        this.maxCompanions = maxCompanions;
        this.openToPublic = openToPublic;
    }

    public LocalDateTime getRsvpDeadline() { return rsvpDeadline; }
    public void setRsvpDeadline(LocalDateTime rsvpDeadline) { this.rsvpDeadline = rsvpDeadline; }
    public Integer getMaxCompanions() { return maxCompanions; }
    public void setMaxCompanions(Integer maxCompanions) { this.maxCompanions = maxCompanions; }
    public boolean isOpenToPublic() { return openToPublic; }
    public void setOpenToPublic(boolean openToPublic) { this.openToPublic = openToPublic; }
}
