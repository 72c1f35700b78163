-- Mail with a transactional outbox (issue 14). A mail is a row written in the transaction of the change that causes
-- it, complete with its MIME message (a stable Message-ID inside), so that a rollback sends nothing and a sender
-- can deliver it later, again after a crash, always as the same message. Text, HTML and attachments are kept
-- beside the MIME for the admins' mail page.
CREATE TABLE outbox_mail (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    kind            VARCHAR(40)  NOT NULL,
    person_id       BIGINT,
    recipient       VARCHAR(254) NOT NULL,
    language        VARCHAR(10)  NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    text_body       MEDIUMTEXT   NOT NULL,
    html_body       MEDIUMTEXT   NOT NULL,
    mime            LONGBLOB     NOT NULL,
    message_id      VARCHAR(200) NOT NULL,
    state           VARCHAR(10)  NOT NULL,
    captured        BOOLEAN      NOT NULL DEFAULT FALSE,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_error      VARCHAR(1000),
    sent_at         DATETIME(6),
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_outbox_mail_message_id UNIQUE (message_id),
    CONSTRAINT fk_outbox_mail_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

-- The sender's claim: due mails in order.
CREATE INDEX ix_outbox_mail_due ON outbox_mail (state, next_attempt_at);
CREATE INDEX ix_outbox_mail_created ON outbox_mail (created_at);

CREATE TABLE outbox_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    mail_id      BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      LONGBLOB     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_outbox_attachment_mail FOREIGN KEY (mail_id) REFERENCES outbox_mail (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

-- One-time tokens sent by mail (password reset). Only the SHA-256 of the token is stored, so that a copy of the
-- database opens no account; a token is used once and expires.
CREATE TABLE account_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    person_id   BIGINT      NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;
