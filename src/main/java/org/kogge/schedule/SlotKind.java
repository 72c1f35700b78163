package org.kogge.schedule;

/** What happens in a time slot: sessions in every room, a break, or one plenary (opening, closing) for all. */
public enum SlotKind {
    SESSION("schedule.slot-kind.session"),
    BREAK("schedule.slot-kind.break"),
    PLENARY("schedule.slot-kind.plenary");

    private final String messageKey;

    SlotKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
