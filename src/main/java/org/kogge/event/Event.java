package org.kogge.event;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.kogge.network.City;
import org.kogge.common.GeneratedId;

/** A barcamp or a ceremony of the network. */
@Entity
@Table(name = "event")
public class Event extends GeneratedId {

    private String slug;
    private String title;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    private EventState state = EventState.DRAFT;

    private String teaser;
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_city_id")
    private City hostCity;

    private String venueName;
    private String venueAddress;
    private Instant startsAt;
    private Instant endsAt;
    private String timeZone;
    private Integer capacity;
    private Instant registrationOpensAt;
    private Instant registrationClosesAt;

    @Column(name = "created_by_id")
    private Long createdById;

    private Instant createdAt;
    private Instant updatedAt;

    /** iCal SEQUENCE: grows whenever time, place or status change, so calendar apps take the update. */
    private int icalSequence;

    /** For ceremonies: open to the public (normal registration) instead of by invitation only. */
    private boolean openToPublic;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "event_organizer", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "person_id")
    private Set<Long> organizerIds = new HashSet<>();

    @Version
    private long version;

    protected Event() {
    }

    Event(Long createdById, ZoneId zone, Instant now) {
        this.createdById = createdById;
        this.timeZone = zone.getId();
        this.createdAt = now;
        this.updatedAt = now;
        if (createdById != null) {
            organizerIds.add(createdById);
        }
    }

    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public EventKind getKind() { return kind; }
    public EventState getState() { return state; }
    public String getTeaser() { return teaser; }
    public String getDescription() { return description; }
    public City getHostCity() { return hostCity; }
    public String getVenueName() { return venueName; }
    public String getVenueAddress() { return venueAddress; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public ZoneId getZone() { return ZoneId.of(timeZone); }
    public Integer getCapacity() { return capacity; }
    public Instant getRegistrationOpensAt() { return registrationOpensAt; }
    public Instant getRegistrationClosesAt() { return registrationClosesAt; }
    public Long getCreatedById() { return createdById; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public int getIcalSequence() { return icalSequence; }
    public boolean isOpenToPublic() { return openToPublic; }

    public Set<Long> getOrganizerIds() {
        return Set.copyOf(organizerIds);
    }

    void apply(EventForm f, City city, Instant now) {
        Instant oldStart = startsAt;
        Instant oldEnd = endsAt;
        String oldVenue = venueName + "\n" + venueAddress + "\n" + (hostCity == null ? null : hostCity.getId());
        slug = f.getSlug();
        title = f.getTitle();
        kind = f.getKind();
        teaser = f.getTeaser();
        description = f.getDescription();
        hostCity = city;
        venueName = f.getVenueName();
        venueAddress = f.getVenueAddress();
        ZoneId zone = getZone();
        startsAt = f.getStart().atZone(zone).toInstant();
        endsAt = f.getEnd().atZone(zone).toInstant();
        capacity = f.getCapacity();
        registrationOpensAt = f.getRegistrationOpens() == null ? null : f.getRegistrationOpens().atZone(zone).toInstant();
        registrationClosesAt = f.getRegistrationCloses() == null ? null : f.getRegistrationCloses().atZone(zone).toInstant();
        updatedAt = now;
        if (getId() != null && (!startsAt.equals(oldStart) || !endsAt.equals(oldEnd)
                || !oldVenue.equals(venueName + "\n" + venueAddress + "\n" + (hostCity == null ? null : hostCity.getId())))) {
            icalSequence++;
        }
    }

    void changeState(EventState next, Instant now) {
        if (next != state) {
            icalSequence++;
        }
        state = next;
        updatedAt = now;
    }

    void changeCapacity(Integer newCapacity, Instant now) {
        capacity = newCapacity;
        updatedAt = now;
    }

    void changeOpenToPublic(boolean open, Instant now) {
        if (open != openToPublic) {
            openToPublic = open;
            updatedAt = now;
        }
    }

    void addOrganizer(long personId) {
        organizerIds.add(personId);
    }
}
