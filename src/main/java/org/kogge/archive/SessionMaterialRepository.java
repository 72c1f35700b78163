package org.kogge.archive;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SessionMaterialRepository extends JpaRepository<SessionMaterial, Long> {

    /** Every documented session: rows of (session id, event id), one query without the texts. */
    @Query("select m.sessionId, m.eventId from SessionMaterial m")
    List<Object[]> documented();

    /** The materials a person edited last (their data export). */
    List<SessionMaterial> findByEditedByOrderByEditedAtAsc(Long personId);

    /**
     * Of these sessions, those whose materials contain {@code pattern} (a LIKE pattern, escape '!', of a word
     * {@link org.kogge.common.SearchFold folded} as the materials' search text is folded when they are saved).
     */
    @Query("""
            select m.sessionId from SessionMaterial m where m.sessionId in :ids
            and m.searchText like :pattern escape '!'""")
    List<Long> containing(@Param("ids") Collection<Long> ids, @Param("pattern") String pattern);
}
