package org.kogge.ceremony;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import org.kogge.common.VersionedForm;

/** Invitation settings: RSVP deadline (event's zone; empty = until the start), companions per guest, public or not. */
public class CeremonySettingsForm extends VersionedForm {

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

    /** The settings as stored (the deadline in the event's zone), with the version of the ceremony they were read from. */
    public static CeremonySettingsForm of(CeremonyContent c) {
        CeremonySettingsForm form = new CeremonySettingsForm(c.rsvpDeadline() == null ? null
                : c.rsvpDeadline().atZone(c.zone()).toLocalDateTime(), c.maxCompanions(), c.openToPublic());
        form.setVersion(c.version());
        return form;
    }

    public LocalDateTime getRsvpDeadline() { return rsvpDeadline; }
    public void setRsvpDeadline(LocalDateTime rsvpDeadline) { this.rsvpDeadline = rsvpDeadline; }
    public Integer getMaxCompanions() { return maxCompanions; }
    public void setMaxCompanions(Integer maxCompanions) { this.maxCompanions = maxCompanions; }
    public boolean isOpenToPublic() { return openToPublic; }
    public void setOpenToPublic(boolean openToPublic) { this.openToPublic = openToPublic; }
}
