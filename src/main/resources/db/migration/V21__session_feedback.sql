-- Feedback on a session from the people who had a seat at its barcamp: a rating from 1 (not helpful) to 5 (very
-- helpful) and an optional comment, one per person and session, changeable until four weeks after the event. The
-- session's hosts and the event's organizers read it without names.
CREATE TABLE session_feedback (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    session_id  BIGINT        NOT NULL,
    event_id    BIGINT        NOT NULL,
    person_id   BIGINT        NOT NULL,
    rating      INT           NOT NULL,
    comment     VARCHAR(1000) NULL,
    given_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_session_feedback_person UNIQUE (session_id, person_id),
    CONSTRAINT ck_session_feedback_rating CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT fk_session_feedback_proposal FOREIGN KEY (session_id) REFERENCES proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_feedback_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_feedback_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_session_feedback_person ON session_feedback (person_id);
CREATE INDEX ix_session_feedback_event ON session_feedback (event_id);
