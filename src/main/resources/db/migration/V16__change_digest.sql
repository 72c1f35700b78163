-- Issue 14 (maildigest): changes of a published programme (a session moved, cancelled, restored) wait here, written
-- in the change's own transaction, until the digest job mails them, batched per event, and marks them sent.
CREATE TABLE schedule_digest_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    event_id    BIGINT       NOT NULL,
    session_id  BIGINT       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    title       VARCHAR(300) NOT NULL,
    room        VARCHAR(200),
    starts_at   DATETIME(6),
    ends_at     DATETIME(6),
    changed_at  DATETIME(6)  NOT NULL,
    sent_at     DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_digest_change_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_digest_change_pending ON schedule_digest_change (sent_at, changed_at);
