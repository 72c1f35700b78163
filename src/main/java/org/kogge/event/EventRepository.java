package org.kogge.event;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EventRepository extends JpaRepository<Event, Long> {

    String SUMMARY = "select new org.kogge.event.EventSummary(e.id, e.slug, e.title, e.kind, e.state, c.name, "
            + "e.venueName, e.startsAt, e.endsAt, e.timeZone, e.teaser) ";

    Optional<Event> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @EntityGraph(attributePaths = {"hostCity", "organizerIds"})
    @Query("select e from Event e where e.slug = :slug")
    Optional<Event> findDetailsBySlug(@Param("slug") String slug);

    @EntityGraph(attributePaths = {"hostCity", "organizerIds"})
    @Query("select e from Event e where e.id in :ids")
    List<Event> findDetailsByIdIn(@Param("ids") Collection<Long> ids);

    /** The public list's filters: the listed states, and the chosen city and kind ({@code null}: any). */
    String LISTED = "from Event e join e.hostCity c where e.state in :states "
            + "and (:city is null or c.id = :city) and (:kind is null or e.kind = :kind) ";
    String NOT_ENDED = "and e.endsAt >= :now ";
    String ENDED = "and e.endsAt < :now ";

    @Query(SUMMARY + LISTED + NOT_ENDED + "order by e.startsAt asc, e.id asc")
    List<EventSummary> upcoming(@Param("states") Collection<EventState> states, @Param("now") Instant now,
                                @Param("city") Long city, @Param("kind") EventKind kind, Pageable page);

    @Query("select count(e) " + LISTED + NOT_ENDED)
    long countUpcoming(@Param("states") Collection<EventState> states, @Param("now") Instant now,
                       @Param("city") Long city, @Param("kind") EventKind kind);

    /** The network's calendar: ids of the listed events that ended at or after {@code since}, in time order. */
    @Query("select e.id " + LISTED + "and e.endsAt >= :since order by e.startsAt asc, e.id asc")
    List<Long> calendarIds(@Param("states") Collection<EventState> states, @Param("since") Instant since,
                           @Param("city") Long city, @Param("kind") EventKind kind, Pageable page);

    @Query(SUMMARY + LISTED + ENDED + "order by e.startsAt desc, e.id desc")
    List<EventSummary> past(@Param("states") Collection<EventState> states, @Param("now") Instant now,
                            @Param("city") Long city, @Param("kind") EventKind kind, Pageable page);

    @Query("select count(e) " + LISTED + ENDED)
    long countPast(@Param("states") Collection<EventState> states, @Param("now") Instant now,
                   @Param("city") Long city, @Param("kind") EventKind kind);

    /** The organizer's list: upcoming and running events first, soonest first; then past ones, latest first. */
    String UPCOMING_FIRST = "order by case when e.endsAt < :now then 1 else 0 end, "
            + "case when e.endsAt >= :now then e.startsAt end asc, e.startsAt desc, e.id desc";

    @Query(SUMMARY + "from Event e join e.hostCity c where :organizer member of e.organizerIds " + UPCOMING_FIRST)
    List<EventSummary> organizedBy(@Param("organizer") Long organizer, @Param("now") Instant now, Pageable page);

    @Query("select count(e) from Event e where :organizer member of e.organizerIds")
    long countOrganizedBy(@Param("organizer") Long organizer);

    @Query(SUMMARY + "from Event e join e.hostCity c " + UPCOMING_FIRST)
    List<EventSummary> everything(@Param("now") Instant now, Pageable page);

    @Query("select e.id from Event e where e.state = :state and e.startsAt > :from and e.startsAt <= :to")
    List<Long> findIdsByStateStartingBetween(@Param("state") EventState state, @Param("from") Instant from,
                                             @Param("to") Instant to);
}
