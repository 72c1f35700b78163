-- Issue 14 (mailseat): which optional mails a person wants (all on until they switch one off), and the secret of
-- the one-click unsubscribe links in those mails (made when the first such mail is written).
ALTER TABLE person ADD COLUMN mail_changes BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE person ADD COLUMN mail_reminders BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE person ADD COLUMN mail_messages BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE person ADD COLUMN unsubscribe_token VARCHAR(43);
ALTER TABLE person ADD CONSTRAINT uq_person_unsubscribe_token UNIQUE (unsubscribe_token);

-- The reminder the day before an event goes once per person and event, however many app instances run the job.
CREATE TABLE event_reminder (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    event_id    BIGINT      NOT NULL,
    person_id   BIGINT      NOT NULL,
    sent_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_event_reminder UNIQUE (event_id, person_id),
    CONSTRAINT fk_event_reminder_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_reminder_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;
