package org.kogge.common.live;

import java.util.Objects;

/**
 * What live pages follow, such as "the proposal board of an event": a name and the type of its keys (an event's id).
 * The name also names the topic's throttle setting, {@code kogge.<name>.throttle} (default 300 ms): at most one
 * notice per key within that time, so that a burst of changes causes a few refreshes, not one per change.
 *
 * @param name     short and unique, such as {@code board} or {@code schedule}
 * @param keyType  the type of the keys that tell one board or schedule from another
 * @param <K>      that type
 */
public record LiveTopic<K>(String name, Class<K> keyType) {

    public LiveTopic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyType, "keyType");
    }

    /** The setting that holds this topic's throttle. */
    public String throttleProperty() {
        return "kogge." + name + ".throttle";
    }
}
