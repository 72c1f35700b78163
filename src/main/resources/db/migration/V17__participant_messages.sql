-- Issue 14 (mailmsg): the messages organizers sent to an event's seat holders and/or waitlist: who, when, what,
-- to whom, and how many mails went out (people who switched such messages off are not counted).
CREATE TABLE participant_message (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    event_id    BIGINT        NOT NULL,
    sender_id   BIGINT        NULL,
    sent_at     DATETIME(6)   NOT NULL,
    audience    VARCHAR(16)   NOT NULL,
    subject     VARCHAR(150)  NOT NULL,
    body        TEXT          NOT NULL,
    recipients  INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_participant_message_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_participant_message_sender FOREIGN KEY (sender_id) REFERENCES person (id) ON DELETE SET NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_participant_message_event ON participant_message (event_id, sent_at);
