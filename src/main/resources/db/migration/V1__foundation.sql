-- Kogge foundation: the network, its cities, people with roles, events and their organizers.
-- Written for MariaDB (utf8mb4, DATETIME(6) in UTC, IDENTITY ids, lower-case names); also runs on H2 in MariaDB mode.

CREATE TABLE network (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(120) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE city (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(120) NOT NULL,
    state       VARCHAR(120),
    member      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_city_name UNIQUE (name)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE person (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    email             VARCHAR(254),
    display_name      VARCHAR(120),
    organisation      VARCHAR(200),
    city_id           BIGINT,
    password_hash     VARCHAR(200),
    privacy_accepted_at DATETIME(6),
    created_at        DATETIME(6)  NOT NULL,
    deleted_at        DATETIME(6),
    failed_logins     INT          NOT NULL DEFAULT 0,
    locked_until      DATETIME(6),
    preferred_locale  VARCHAR(10),
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_person_email UNIQUE (email),
    CONSTRAINT fk_person_city FOREIGN KEY (city_id) REFERENCES city (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE person_role (
    person_id   BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE event (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    slug                    VARCHAR(80)   NOT NULL,
    title                   VARCHAR(200)  NOT NULL,
    kind                    VARCHAR(20)   NOT NULL,
    state                   VARCHAR(20)   NOT NULL,
    teaser                  VARCHAR(300),
    description             TEXT,
    host_city_id            BIGINT        NOT NULL,
    venue_name              VARCHAR(200)  NOT NULL,
    venue_address           VARCHAR(300),
    starts_at               DATETIME(6)   NOT NULL,
    ends_at                 DATETIME(6)   NOT NULL,
    time_zone               VARCHAR(40)   NOT NULL,
    capacity                INT,
    registration_opens_at   DATETIME(6),
    registration_closes_at  DATETIME(6),
    created_by_id           BIGINT,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_event_slug UNIQUE (slug),
    CONSTRAINT fk_event_city FOREIGN KEY (host_city_id) REFERENCES city (id),
    CONSTRAINT fk_event_created_by FOREIGN KEY (created_by_id) REFERENCES person (id) ON DELETE SET NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_event_state_starts ON event (state, starts_at);

CREATE TABLE event_organizer (
    event_id    BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    PRIMARY KEY (event_id, person_id),
    CONSTRAINT fk_event_organizer_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_organizer_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;
