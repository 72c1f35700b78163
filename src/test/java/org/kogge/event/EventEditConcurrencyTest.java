package org.kogge.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.ceremony.AgreementForm;
import org.kogge.ceremony.CeremonyService;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.Races;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Organizers saving forms loaded from the same version at the same moment: one save wins, every other is refused
 * as stale (by the form's version, or by Hibernate's version check when both passed the first one together), and
 * what is stored is the winner's. Meaningful on MariaDB (run with -Dkogge.test.profiles=test,mariadb).
 */
class EventEditConcurrencyTest extends ServiceTestBase {

    @Autowired EventService events;
    @Autowired CeremonyService ceremonies;
    @Autowired CeremonyFixtures ceremonyFixtures;

    @Test
    void racingEventSavesFromOneVersionLetOneWin() throws Exception {
        String olga = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = fixtures.event(olga, "Gedränge", EventKind.BARCAMP, 10, EventState.DRAFT).slug();
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String title = "Titel " + i;
            EventForm form = fixtures.as(olga, () -> events.formFor(slug));
            form.setTitle(title);
            tasks.add(() -> attempt(olga, title, () -> events.update(slug, form)));
        }

        List<String> winners = Races.race(tasks).stream().filter(t -> t != null).toList();

        assertThat(winners).hasSize(1);
        assertThat(fixtures.as(olga, () -> events.details(slug)).title()).isEqualTo(winners.get(0));
    }

    @Test
    void racingAgreementSavesFromOneVersionLetOneWin() throws Exception {
        String olga = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = ceremonyFixtures.ceremony(olga, "Unterzeichnung");
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String title = "Vereinbarung " + i;
            AgreementForm form = AgreementForm.of(fixtures.as(olga, () -> ceremonies.forOrganizer(slug)));
            form.setTitle(title);
            tasks.add(() -> attempt(olga, title, () -> ceremonies.saveAgreement(slug, form)));
        }

        List<String> winners = Races.race(tasks).stream().filter(t -> t != null).toList();

        assertThat(winners).hasSize(1);
        assertThat(fixtures.as(olga, () -> ceremonies.forOrganizer(slug)).agreementTitle()).isEqualTo(winners.get(0));
    }

    /** The title saved, or {@code null} if the save was refused as stale. */
    private String attempt(String who, String title, Runnable save) {
        try {
            fixtures.as(who, save);
            return title;
        } catch (OptimisticLockingFailureException refused) {
            return null;
        }
    }
}
