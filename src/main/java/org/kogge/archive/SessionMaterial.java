package org.kogge.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.kogge.common.SearchFold;

/** A session's materials and results: Markdown, with who last edited it and when. Its id is the session's. */
@Entity
@Table(name = "session_material")
class SessionMaterial {

    @Id
    private Long sessionId;

    @Column(nullable = false)
    private long eventId;

    @Column(nullable = false)
    private String body;

    /**
     * The body {@link SearchFold folded} for the archive's search, written with it (on MariaDB compared exactly,
     * {@code utf8mb4_bin}, as H2 compares: the fold alone decides what is alike).
     */
    @Column(nullable = false)
    private String searchText;

    /** {@code null} once the editor's account is deleted. */
    private Long editedBy;

    @Column(nullable = false)
    private Instant editedAt;

    /**
     * {@code null} until first stored: Spring Data then persists new materials (an INSERT, refused by the key when
     * another save wrote the first materials meanwhile) instead of merging them over that other save's row.
     */
    @Version
    private Long version;

    protected SessionMaterial() {
    }

    SessionMaterial(long sessionId, long eventId) {
        this.sessionId = sessionId;
        this.eventId = eventId;
    }

    void edit(String text, long editor, Instant now) {
        this.body = text;
        this.searchText = SearchFold.fold(text);
        this.editedBy = editor;
        // As stored (DATETIME(6)): the basis handed out after this save equals the one read back later.
        this.editedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** What an edit of these materials starts from. */
    MaterialsForm.Basis basis() {
        return new MaterialsForm.Basis(version, editedAt);
    }

    Long getSessionId() { return sessionId; }
    long getEventId() { return eventId; }
    String getBody() { return body; }
    Long getEditedBy() { return editedBy; }
    Instant getEditedAt() { return editedAt; }
}
