-- Registrations with capacity and waitlist. One row per person and event; cancelling keeps the row.
CREATE TABLE registration (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    event_id       BIGINT      NOT NULL,
    person_id      BIGINT      NOT NULL,
    status         VARCHAR(20) NOT NULL,
    joined_at      DATETIME(6) NOT NULL,
    queue_position BIGINT      NOT NULL,
    promoted_at    DATETIME(6),
    cancelled_at   DATETIME(6),
    public_name    BOOLEAN     NOT NULL DEFAULT FALSE,
    promotion_seen BOOLEAN     NOT NULL DEFAULT TRUE,
    version        BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_registration_event_person UNIQUE (event_id, person_id),
    CONSTRAINT fk_registration_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_registration_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_registration_event_status ON registration (event_id, status, queue_position);
CREATE INDEX ix_registration_person ON registration (person_id);
