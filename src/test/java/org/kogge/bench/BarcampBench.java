package org.kogge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.BoardSnapshot;
import org.kogge.proposal.BoardSort;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.VoteService;
import org.kogge.registration.RegistrationCounts;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.Races;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Barcamp benchmark: registrations per second under contention, votes per second, and the SQL statements behind
 * the proposal board as it grows. Run with {@code ./mvnw -Pbench verify} (H2) or add
 * {@code -Dkogge.test.profiles=test,mariadb} with KOGGE_DB_* set (MariaDB). Prints its figures; the only
 * assertions are correctness (nothing oversold, nothing lost).
 */
class BarcampBench extends ServiceTestBase {

    @Autowired RegistrationService registrations;
    @Autowired ProposalService proposals;
    @Autowired BarcampSettingsService barcampSettings;
    @Autowired BoardService boards;
    @Autowired VoteService votes;
    @Autowired EntityManagerFactory emf;

    @Test
    void barcampUnderLoad() throws Exception {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = fixtures.event(organizer, "Benchmark-Barcamp", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> {
            registrations.changeCapacity(slug, 500);
            barcampSettings.changePhases(slug, true, true, null);
        });

        // 1. 1,000 people race for 500 seats.
        List<String> people = fixtures.bulkAttendees("bench", 1000);
        long t0 = System.nanoTime();
        Races.race(people.stream().<Callable<Object>>map(p -> () -> fixtures.as(p, () -> registrations.register(slug))).toList());
        double regSeconds = (System.nanoTime() - t0) / 1e9;
        RegistrationCounts counts = registrations.counts(slug);
        assertThat(counts.registered()).isEqualTo(500);
        assertThat(counts.waitlisted()).isEqualTo(500);

        // 2. 200 proposals by 20 hosts, then 500 participants cast 10 votes each (5,000 votes) at once.
        List<String> seated = people.stream().filter(p -> fixtures.as(p, () -> registrations.mine(slug)).status()
                == org.kogge.registration.RegistrationStatus.REGISTERED).toList();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ProposalForm f = new ProposalForm();
            f.setTitle("Session " + i);
            f.setAbstractText("Abstract of session " + i);
            String host = seated.get(i % 20);
            ids.add(fixtures.as(host, () -> proposals.propose(slug, f)).id());
        }
        long boardWith200NoVotes = statements(slug, seated.get(100));
        List<Callable<Object>> casts = new ArrayList<>();
        for (int v = 0; v < 500; v++) {
            String voter = seated.get(v);
            for (int k = 0; k < 10; k++) {
                long proposal = ids.get((v * 7 + k * 13) % 200);
                casts.add(() -> fixtures.as(voter, () -> votes.toggle(slug, proposal)));
            }
        }
        long skipped = casts.size();
        List<Callable<Object>> legal = new ArrayList<>();
        for (int v = 0; v < 500; v++) {
            String voter = seated.get(v);
            int hostIndex = v < 20 ? v : -1;
            for (int k = 0; k < 10; k++) {
                int idx = (v * 7 + k * 13) % 200;
                if (idx % 20 == hostIndex) {
                    continue; // hosts do not vote for their own proposals
                }
                long proposal = ids.get(idx);
                legal.add(() -> fixtures.as(voter, () -> votes.toggle(slug, proposal)));
            }
        }
        skipped -= legal.size();
        t0 = System.nanoTime();
        Races.race(legal);
        double voteSeconds = (System.nanoTime() - t0) / 1e9;

        BoardSnapshot board = boards.board(slug, null, null, BoardSort.VOTES);
        long total = board.proposals().stream().mapToLong(c -> c.votes()).sum();
        assertThat(total).isEqualTo(legal.size());

        // 3. The board's statements with 200 proposals and ~5,000 votes, against a board of 20.
        long boardWith200 = statements(slug, seated.get(100));
        t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            fixtures.as(seated.get(100), () -> boards.board(slug, null, null, BoardSort.VOTES));
        }
        double boardMillis = (System.nanoTime() - t0) / 1e6 / 20;

        System.out.printf(Locale.ROOT, "%n=== Kogge barcamp benchmark (%s) ===%n", fixtures.databaseName());
        System.out.printf(Locale.ROOT, "registrations: 1000 racing for 500 seats in %.2f s = %.0f registrations/s%n",
                regSeconds, 1000 / regSeconds);
        System.out.printf(Locale.ROOT, "votes: %d racing toggles (%d skipped: own proposals) in %.2f s = %.0f votes/s%n",
                legal.size(), skipped, voteSeconds, legal.size() / voteSeconds);
        System.out.printf(Locale.ROOT, "board: 200 proposals, %d votes: %d SQL statements (200 proposals, no votes: %d); "
                + "%.1f ms per load%n", total, boardWith200, boardWith200NoVotes, boardMillis);
        System.out.println("===");
    }

    private long statements(String slug, String viewer) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        fixtures.as(viewer, () -> boards.board(slug, null, null, BoardSort.VOTES));
        return stats.getPrepareStatementCount();
    }
}
