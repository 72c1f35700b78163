-- Co-hosts agree before they are named (issue 11, item 12). Naming an email on a proposal creates a pending request;
-- only when the person with that email accepts it do they become a co-host (proposal_cohost) and appear anywhere.
-- The email is stored as typed (normalized), so that the proposer sees their own requests and nothing else is
-- revealed about whether it belongs to an account.
CREATE TABLE cohost_request (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    event_id    BIGINT       NOT NULL,
    proposal_id BIGINT       NOT NULL,
    email       VARCHAR(254) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_cohost_request_proposal_email UNIQUE (proposal_id, email),
    CONSTRAINT fk_cohost_request_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohost_request_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_cohost_request_event_email ON cohost_request (event_id, email);

-- Co-hosts named until now never agreed: privacy first, each becomes a pending request to the same person
-- (by their account's email), and nobody is shown as co-host until they accept.
INSERT INTO cohost_request (event_id, proposal_id, email, created_at)
SELECT p.event_id, c.proposal_id, LOWER(pe.email), p.created_at
FROM proposal_cohost c
         JOIN proposal p ON p.id = c.proposal_id
         JOIN person pe ON pe.id = c.person_id
WHERE pe.email IS NOT NULL;

DELETE FROM proposal_cohost;
