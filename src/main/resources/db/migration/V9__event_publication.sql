-- Spring Modulith's event publication registry (JPA entity DefaultJpaEventPublication, Spring Modulith 2.0): one row
-- per event and after-commit listener, written in the transaction that publishes the event. A row whose listener
-- has not completed is republished after a restart; completed rows are deleted (completion-mode=delete).
CREATE TABLE event_publication (
    id                      UUID          NOT NULL,
    listener_id             VARCHAR(512)  NOT NULL,
    event_type              VARCHAR(512)  NOT NULL,
    serialized_event        MEDIUMTEXT    NOT NULL,
    publication_date        DATETIME(6)   NOT NULL,
    completion_date         DATETIME(6),
    status                  VARCHAR(20),
    completion_attempts     INT           NOT NULL DEFAULT 0,
    last_resubmission_date  DATETIME(6),
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
CREATE INDEX ix_event_publication_status ON event_publication (status, publication_date);
