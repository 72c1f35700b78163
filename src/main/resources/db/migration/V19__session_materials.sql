-- The knowledge archive: a session's materials and results (Markdown: results, notes, links to slides, pads and
-- repositories), one text per session of a published programme, with who last edited it and when. A blank text is no
-- row. MEDIUMTEXT: 20,000 characters of emoji need up to 80,000 bytes, more than TEXT holds.
CREATE TABLE session_material (
    session_id  BIGINT       NOT NULL,
    event_id    BIGINT       NOT NULL,
    body        MEDIUMTEXT   NOT NULL,
    edited_by   BIGINT       NULL,
    edited_at   DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id),
    CONSTRAINT fk_session_material_proposal FOREIGN KEY (session_id) REFERENCES proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_material_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_material_editor FOREIGN KEY (edited_by) REFERENCES person (id) ON DELETE SET NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_session_material_event ON session_material (event_id);
