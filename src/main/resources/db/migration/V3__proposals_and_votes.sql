-- Barcamp mode: phases and topics per barcamp, session proposals with topics and co-hosts, one vote per person
-- and proposal (the unique key is the last line of defence; the service serializes a person's votes per event).
CREATE TABLE barcamp_settings (
    event_id        BIGINT  NOT NULL,
    proposals_open  BOOLEAN NOT NULL DEFAULT FALSE,
    voting_open     BOOLEAN NOT NULL DEFAULT FALSE,
    vote_budget     INT,
    version         BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id),
    CONSTRAINT fk_barcamp_settings_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE topic (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    event_id  BIGINT      NOT NULL,
    name      VARCHAR(60) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_topic_event_name UNIQUE (event_id, name),
    CONSTRAINT fk_topic_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE proposal (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    event_id        BIGINT       NOT NULL,
    host_id         BIGINT       NOT NULL,
    title           VARCHAR(150) NOT NULL,
    abstract_text   TEXT,
    format          VARCHAR(20)  NOT NULL,
    language        VARCHAR(5)   NOT NULL,
    slots           INT          NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    decline_note    VARCHAR(1000),
    merged_into_id  BIGINT,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_proposal_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_proposal_host FOREIGN KEY (host_id) REFERENCES person (id),
    CONSTRAINT fk_proposal_merged_into FOREIGN KEY (merged_into_id) REFERENCES proposal (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_proposal_event_status ON proposal (event_id, status);

CREATE TABLE proposal_topic (
    proposal_id BIGINT NOT NULL,
    topic_id    BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, topic_id),
    CONSTRAINT fk_proposal_topic_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_proposal_topic_topic FOREIGN KEY (topic_id) REFERENCES topic (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE proposal_cohost (
    proposal_id BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, person_id),
    CONSTRAINT fk_proposal_cohost_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_proposal_cohost_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE vote (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    event_id    BIGINT      NOT NULL,
    proposal_id BIGINT      NOT NULL,
    person_id   BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_vote_proposal_person UNIQUE (proposal_id, person_id),
    CONSTRAINT fk_vote_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_vote_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_vote_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_vote_event_person ON vote (event_id, person_id);
