package org.kogge.common.ui;

import java.util.List;

/**
 * What a feature adds to the navigation on every organizer page of an event (a small Spring bean per feature):
 * its organizer views, ordered by {@link OrganizerPage#order()} among those of the other features.
 */
public interface OrganizerPages {

    List<OrganizerPage> pages();
}
