package org.kogge.schedule;

/** What happens in a time slot: sessions in every room, a break, or one plenary (opening, closing) for all. */
public enum SlotKind {
    SESSION, BREAK, PLENARY;

    public String messageKey() {
        return "schedule.slot-kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
