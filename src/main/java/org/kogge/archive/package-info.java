/**
 * The network's knowledge archive: what sessions produced stays findable. Each session of a published programme can
 * carry its materials and results ({@link org.kogge.archive.MaterialsService}: Markdown written by its hosts, the
 * event's organizers or admins, read by everybody who may see the session; a save over somebody else's newer edit is
 * refused, naming them), and {@code /archive} lists the documented
 * sessions of all public barcamps, searchable and filtered by city and event
 * ({@link org.kogge.archive.ArchiveService}: one search per page load serves the count, the filters and every page).
 *
 * <p>It owns its table only: sessions, events and hosts come through the schedule's, the event's and the proposal
 * feature's services; the session page shows the materials through the schedule's
 * {@link org.kogge.schedule.ui.SessionPageSection}. Materials are not programme data: they stay out of calendars,
 * their SEQUENCE and the public API.
 */
package org.kogge.archive;
