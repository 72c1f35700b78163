-- Issue 14 (mailseat): which optional mails a person wants (all on until they switch one off), and the secret of
-- the one-click unsubscribe links in those mails (made when the first such mail is written).
ALTER TABLE person ADD COLUMN mail_changes BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE person ADD COLUMN mail_reminders BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE person ADD COLUMN mail_messages BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE person ADD COLUMN unsubscribe_token VARCHAR(43);
ALTER TABLE person ADD CONSTRAINT uq_person_unsubscribe_token UNIQUE (unsubscribe_token);
