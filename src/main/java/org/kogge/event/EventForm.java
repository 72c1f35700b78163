package org.kogge.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.kogge.common.VersionedForm;

/** What an organizer edits for an event. Times are local to the event's zone (Europe/Berlin). */
public class EventForm extends VersionedForm {

    public static final int TITLE_MAX = 200;
    public static final int SLUG_MAX = 80;
    public static final int TEASER_MAX = 300;
    public static final int DESCRIPTION_MAX = 20_000;

    @NotBlank(message = "{validation.required}")
    @Size(max = TITLE_MAX, message = "{validation.too-long}")
    private String title;

    @Size(max = SLUG_MAX, message = "{validation.too-long}")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{event.slug.invalid}")
    private String slug;

    @NotNull(message = "{validation.required}")
    private EventKind kind;

    @Size(max = TEASER_MAX, message = "{validation.too-long}")
    private String teaser;

    @Size(max = DESCRIPTION_MAX, message = "{validation.too-long}")
    private String description;

    @NotNull(message = "{validation.required}")
    private Long hostCityId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    private String venueName;

    @Size(max = 300, message = "{validation.too-long}")
    private String venueAddress;

    @NotNull(message = "{validation.required}")
    private LocalDateTime start;

    @NotNull(message = "{validation.required}")
    private LocalDateTime end;

    @Min(value = 1, message = "{event.capacity.range}")
    @Max(value = 100_000, message = "{event.capacity.range}")
    private Integer capacity;

    private LocalDateTime registrationOpens;

    private LocalDateTime registrationCloses;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public EventKind getKind() { return kind; }
    public void setKind(EventKind kind) { this.kind = kind; }
    public String getTeaser() { return teaser; }
    public void setTeaser(String teaser) { this.teaser = teaser; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getHostCityId() { return hostCityId; }
    public void setHostCityId(Long hostCityId) { this.hostCityId = hostCityId; }
    public String getVenueName() { return venueName; }
    public void setVenueName(String venueName) { this.venueName = venueName; }
    public String getVenueAddress() { return venueAddress; }
    public void setVenueAddress(String venueAddress) { this.venueAddress = venueAddress; }
    public LocalDateTime getStart() { return start; }
    public void setStart(LocalDateTime start) { this.start = start; }
    public LocalDateTime getEnd() { return end; }
    public void setEnd(LocalDateTime end) { this.end = end; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public LocalDateTime getRegistrationOpens() { return registrationOpens; }
    public void setRegistrationOpens(LocalDateTime registrationOpens) { this.registrationOpens = registrationOpens; }
    public LocalDateTime getRegistrationCloses() { return registrationCloses; }
    public void setRegistrationCloses(LocalDateTime registrationCloses) { this.registrationCloses = registrationCloses; }
}
