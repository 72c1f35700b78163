package org.kogge.schedule;

/** A room as views and calendars show it. */
public record RoomDto(long id, String name, Integer capacity, String notes, boolean accessible, int position) {

    static RoomDto of(Room r) {
        return new RoomDto(r.getId(), r.getName(), r.getCapacity(), r.getNotes(), r.isAccessible(), r.getPosition());
    }
}
