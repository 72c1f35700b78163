-- Ceremonies: the agreement being signed, the agenda, the signatories in signing order, and personal
-- invitations with RSVP and check-in at the door. Whether a ceremony is open to the public (normal registration)
-- or by invitation only is a column of the event, so that registration can refuse without knowing ceremonies.
ALTER TABLE event ADD COLUMN open_to_public BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE ceremony (
    event_id           BIGINT        NOT NULL,
    agreement_title    VARCHAR(200),
    agreement_summary  VARCHAR(2000),
    agreement_url      VARCHAR(500),
    rsvp_deadline      DATETIME(6),
    max_companions     INT           NOT NULL DEFAULT 0,
    ical_sequence      INT           NOT NULL DEFAULT 0,
    updated_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id),
    CONSTRAINT fk_ceremony_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE agenda_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    event_id           BIGINT        NOT NULL,
    starts_at          DATETIME(6)   NOT NULL,
    duration_minutes   INT           NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    speaker_name       VARCHAR(120),
    speaker_office     VARCHAR(120),
    speaker_city       VARCHAR(120),
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_agenda_item_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_agenda_item_event_start ON agenda_item (event_id, starts_at);

CREATE TABLE signatory (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    event_id           BIGINT        NOT NULL,
    signing_order      INT           NOT NULL,
    name               VARCHAR(120)  NOT NULL,
    office             VARCHAR(120),
    organisation       VARCHAR(200)  NOT NULL,
    represented_by     VARCHAR(120),
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_signatory_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_signatory_event_order ON signatory (event_id, signing_order);

-- One personal invitation per guest and event. The token is the secret of the invitation link (a capability URL);
-- it is kept so that organizers can copy the link again. Emails are stored trimmed and in lower case.
CREATE TABLE invitation (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    event_id           BIGINT        NOT NULL,
    token              VARCHAR(64)   NOT NULL,
    name               VARCHAR(120)  NOT NULL,
    email              VARCHAR(254)  NOT NULL,
    organisation       VARCHAR(200),
    guest_role         VARCHAR(20)   NOT NULL,
    rsvp               VARCHAR(20)   NOT NULL,
    companions         INT           NOT NULL DEFAULT 0,
    note               VARCHAR(500),
    responded_at       DATETIME(6),
    revoked_at         DATETIME(6),
    checked_in_at      DATETIME(6),
    checked_in_by      BIGINT,
    created_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_invitation_token UNIQUE (token),
    CONSTRAINT uk_invitation_event_email UNIQUE (event_id, email),
    CONSTRAINT fk_invitation_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_invitation_checked_in_by FOREIGN KEY (checked_in_by) REFERENCES person (id) ON DELETE SET NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_invitation_event_name ON invitation (event_id, name);
