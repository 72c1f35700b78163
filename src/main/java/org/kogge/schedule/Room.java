package org.kogge.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.OptimisticLock;
import org.kogge.common.VersionedEventPart;

/** A room of an event's venue: a column of the schedule grid. */
@Entity
@Table(name = "room")
public class Room extends VersionedEventPart {

    private String name;
    private Integer capacity;
    private String notes;
    @Column(name = "step_free")
    private boolean accessible = true;
    /** Reordering rooms does not make an edit of a room's name or seats stale: its version stays. */
    @OptimisticLock(excluded = true)
    private int position;

    protected Room() {
    }

    Room(long eventId, int position) {
        super(eventId);
        this.position = position;
    }

    public String getName() { return name; }
    public Integer getCapacity() { return capacity; }
    public String getNotes() { return notes; }
    public boolean isAccessible() { return accessible; }
    public int getPosition() { return position; }

    void apply(String name, Integer capacity, String notes, boolean accessible) {
        this.name = name;
        this.capacity = capacity;
        this.notes = notes;
        this.accessible = accessible;
    }

    void moveTo(int position) {
        this.position = position;
    }
}
