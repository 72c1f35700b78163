package org.kogge.archive;

import org.kogge.common.live.LiveTopic;

/**
 * The live topic of the knowledge archive, one key for the whole network: {@link MaterialsService} publishes it
 * after materials are written or removed, and open archive pages search again (once per {@code kogge.archive.throttle},
 * 300 ms, during a burst), so an entry whose materials were removed leaves the list and an edited one shows its new
 * excerpt without a reload.
 */
public final class ArchiveUpdates {

    public static final LiveTopic<String> TOPIC = new LiveTopic<>("archive", String.class);

    /** The only key: the network's archive. */
    public static final String NETWORK = "network";

    private ArchiveUpdates() {
    }
}
