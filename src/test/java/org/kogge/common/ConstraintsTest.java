package org.kogge.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class ConstraintsTest {

    @Test
    void recognisesTheKeyInMariaDbAndH2Messages() {
        var mariadb = new DataIntegrityViolationException("could not execute statement",
                new SQLIntegrityConstraintViolationException("(conn=7) Duplicate entry 'a@b' for key 'uk_person_email'"));
        var h2 = new DataIntegrityViolationException("could not execute statement", new SQLIntegrityConstraintViolationException(
                "Unique index or primary key violation: \"PUBLIC.UK_EVENT_SLUG_INDEX_3 ON PUBLIC.EVENT(SLUG NULLS FIRST)\""));
        assertThat(Constraints.violates(mariadb, "uk_person_email")).isTrue();
        assertThat(Constraints.violates(h2, "uk_event_slug")).isTrue();
    }

    @Test
    void anotherIntegrityErrorIsNotMistakenForTheKey() {
        var tooLong = new DataIntegrityViolationException("could not execute statement",
                new SQLIntegrityConstraintViolationException("Data too long for column 'description' at row 1"));
        assertThat(Constraints.violates(tooLong, "uk_event_slug")).isFalse();
    }
}
