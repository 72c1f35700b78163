-- The schedule of a barcamp: rooms, time slots, where each accepted session (proposal) is placed, the published
-- state with its change log, stars of attendees, personal calendar feed tokens, and an iCal SEQUENCE per event.
ALTER TABLE event ADD COLUMN ical_sequence INT NOT NULL DEFAULT 0;

CREATE TABLE room (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    event_id    BIGINT       NOT NULL,
    name        VARCHAR(80)  NOT NULL,
    capacity    INT,
    notes       VARCHAR(300),
    step_free   BOOLEAN      NOT NULL DEFAULT TRUE,
    position    INT          NOT NULL DEFAULT 0,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_room_event_name UNIQUE (event_id, name),
    CONSTRAINT fk_room_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE time_slot (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    event_id    BIGINT       NOT NULL,
    starts_at   DATETIME(6)  NOT NULL,
    ends_at     DATETIME(6)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    label       VARCHAR(80),
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_time_slot_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_time_slot_event_start ON time_slot (event_id, starts_at);

-- One row per accepted proposal that has been placed at least once; the proposal's id is the session's id.
-- room/slot are NULL while the session waits in the side list again; starts_at/ends_at copy the slots' times.
CREATE TABLE placement (
    proposal_id  BIGINT       NOT NULL,
    event_id     BIGINT       NOT NULL,
    room_id      BIGINT,
    slot_id      BIGINT,
    slot_count   INT          NOT NULL DEFAULT 1,
    starts_at    DATETIME(6),
    ends_at      DATETIME(6),
    status       VARCHAR(20)  NOT NULL,
    sequence     INT          NOT NULL DEFAULT 0,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (proposal_id),
    CONSTRAINT fk_placement_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_placement_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_placement_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_placement_slot FOREIGN KEY (slot_id) REFERENCES time_slot (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_placement_event_start ON placement (event_id, starts_at);

CREATE TABLE schedule_state (
    event_id      BIGINT      NOT NULL,
    published_at  DATETIME(6),
    changed_at    DATETIME(6) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id),
    CONSTRAINT fk_schedule_state_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

-- What changed after the schedule was published, for the public "changes since" list. Titles and room names are
-- copied so that the entry still reads right after a room is renamed or removed.
CREATE TABLE schedule_change (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    event_id       BIGINT       NOT NULL,
    proposal_id    BIGINT       NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    title          VARCHAR(150) NOT NULL,
    old_room       VARCHAR(80),
    new_room       VARCHAR(80),
    old_starts_at  DATETIME(6),
    new_starts_at  DATETIME(6),
    changed_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_schedule_change_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_schedule_change_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_schedule_change_event_at ON schedule_change (event_id, changed_at);

CREATE TABLE session_star (
    person_id    BIGINT      NOT NULL,
    proposal_id  BIGINT      NOT NULL,
    event_id     BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (person_id, proposal_id),
    CONSTRAINT fk_session_star_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_star_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_star_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_session_star_proposal ON session_star (proposal_id);

-- The secret of a person's personal calendar feed (a capability URL: whoever knows it reads the feed).
CREATE TABLE calendar_feed (
    person_id   BIGINT      NOT NULL,
    token       VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (person_id),
    CONSTRAINT uk_calendar_feed_token UNIQUE (token),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;
