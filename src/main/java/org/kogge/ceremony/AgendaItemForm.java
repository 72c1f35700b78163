package org.kogge.ceremony;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.kogge.common.Texts;
import org.kogge.common.VersionedForm;

/** One agenda point as the organizer enters it; the start is in the event's time zone. */
public class AgendaItemForm extends VersionedForm {

    @NotNull(message = "{validation.required}")
    private LocalDateTime start;

    @NotNull(message = "{validation.required}")
    private Integer minutes;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    private String title;

    @Size(max = 120, message = "{validation.too-long}")
    private String speakerName;

    @Size(max = 120, message = "{validation.too-long}")
    private String speakerOffice;

    @Size(max = 120, message = "{validation.too-long}")
    private String speakerCity;

    public AgendaItemForm() {
    }

    public AgendaItemForm(LocalDateTime start, Integer minutes, String title, String speakerName,
                          String speakerOffice, String speakerCity) {
        this.start = start;
        this.minutes = minutes;
        this.title = title;
        this.speakerName = speakerName;
        this.speakerOffice = speakerOffice;
        this.speakerCity = speakerCity;
    }

    /** Every text on one line with no outer spaces (pasted line breaks would break the printed agenda). */
    void tidy() {
        title = Texts.oneLine(title);
        speakerName = Texts.oneLine(speakerName);
        speakerOffice = Texts.oneLine(speakerOffice);
        speakerCity = Texts.oneLine(speakerCity);
    }

    public LocalDateTime getStart() { return start; }
    public void setStart(LocalDateTime start) { this.start = start; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSpeakerName() { return speakerName; }
    public void setSpeakerName(String speakerName) { this.speakerName = speakerName; }
    public String getSpeakerOffice() { return speakerOffice; }
    public void setSpeakerOffice(String speakerOffice) { this.speakerOffice = speakerOffice; }
    public String getSpeakerCity() { return speakerCity; }
    public void setSpeakerCity(String speakerCity) { this.speakerCity = speakerCity; }
}
