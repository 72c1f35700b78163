package org.kogge.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.NotFoundException;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An event looked up by slug outside a transaction comes from memory while no event changed (issue 12: an open
 * board told of a vote reads no event): the second look-up prepares no statement, and every change of the event
 * (its terms, its state, its organizers, the event itself gone and made anew) is on the very next one.
 */
class EventGateTest extends ServiceTestBase {

    @Autowired EventGate gate;
    @Autowired EventService events;
    @Autowired EntityManagerFactory emf;

    String olga;
    String otto;

    @BeforeEach
    void organizers() {
        olga = fixtures.person("Olga Organizer", Role.ORGANIZER).email();
        otto = fixtures.person("Otto Organizer", Role.ORGANIZER).email();
    }

    @Test
    void aSecondLookUpReadsNothingAndEveryChangeOfTheEventIsOnTheNextOne() {
        String slug = fixtures.event(olga, "Barcamp Wasser", EventKind.BARCAMP, 10, EventState.PUBLISHED).slug();
        assertThat(gate.visible(slug).title()).isEqualTo("Barcamp Wasser");
        assertThat(statements(() -> assertThat(gate.visible(slug).title()).isEqualTo("Barcamp Wasser"))).isZero();

        fixtures.as(olga, () -> {
            EventForm form = events.formFor(slug);
            form.setTitle("Barcamp Hafen");
            events.update(slug, form);
        });
        assertThat(gate.visible(slug).title()).isEqualTo("Barcamp Hafen");

        assertThat(fixtures.as(otto, () -> gate.isOrganizer(gate.visible(slug)))).isFalse();
        fixtures.as(olga, () -> events.addOrganizerByEmail(slug, otto));
        assertThat(fixtures.as(otto, () -> gate.isOrganizer(gate.visible(slug)))).isTrue();
        assertThat(fixtures.as(otto, () -> gate.organized(slug).organizerIds())).hasSize(2);

        fixtures.as(olga, () -> events.changeState(slug, EventState.CANCELLED));
        assertThat(gate.visible(slug).state()).isEqualTo(EventState.CANCELLED);
        assertThat(statements(() -> gate.visible(slug))).isZero();
    }

    @Test
    void aDraftKeptForItsOrganizerIsStillNotFoundForOthers() {
        String slug = fixtures.event(olga, "Barcamp Entwurf", EventKind.BARCAMP, 10, EventState.DRAFT).slug();
        assertThat(fixtures.as(olga, () -> gate.visible(slug).state())).isEqualTo(EventState.DRAFT);

        login(otto);
        assertThat(statements(() -> assertThatThrownBy(() -> gate.visible(slug))
                .isInstanceOf(NotFoundException.class))).isZero();
        logout();
        assertThatThrownBy(() -> gate.visible(slug)).isInstanceOf(NotFoundException.class);
    }

    /** Tests share one application: the database emptied and filled anew under the same slug is read anew. */
    @Test
    void anEventMadeAnewUnderTheSameSlugIsReadAnew() {
        String slug = fixtures.event(olga, "Barcamp Wind", EventKind.BARCAMP, 10, EventState.PUBLISHED).slug();
        long first = gate.visible(slug).eventId();

        fixtures.reset();
        String organizer = fixtures.person("Olga Organizer", Role.ORGANIZER).email();
        String again = fixtures.event(organizer, "Barcamp Wind", EventKind.BARCAMP, 12, EventState.PUBLISHED).slug();

        assertThat(again).isEqualTo(slug);
        assertThat(gate.visible(slug).eventId()).isNotEqualTo(first);
    }

    private long statements(Runnable lookUps) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();
        lookUps.run();
        return statistics.getPrepareStatementCount() - before;
    }
}
