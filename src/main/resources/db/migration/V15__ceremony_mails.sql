-- Ceremony invitations by mail and the new-proposal mail (issue 14, items 5 and 8).
-- An invitation links the outbox row of its latest invitation mail: the guest list reads the mail's state (queued,
-- sent, failed) from there; no link means no mail was sent (the mailto: route may still have been used). A mail row
-- that goes (e.g. with its account) leaves the invitation "not sent".
ALTER TABLE invitation ADD COLUMN mail_id BIGINT NULL;
ALTER TABLE invitation ADD CONSTRAINT fk_invitation_mail FOREIGN KEY (mail_id) REFERENCES outbox_mail (id) ON DELETE SET NULL;
-- When the RSVP reminder went out: set with a conditional UPDATE, so that of two app instances exactly one sends it.
ALTER TABLE invitation ADD COLUMN reminded_at DATETIME(6) NULL;
CREATE INDEX ix_invitation_reminder ON invitation (rsvp, reminded_at);

-- Organizers of a barcamp may have a mail for each new proposal.
ALTER TABLE barcamp_settings ADD COLUMN mail_new_proposals BOOLEAN NOT NULL DEFAULT FALSE;
