package org.kogge.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * One round of the abandoned-UI benchmarks: the heap before the tabs were opened, with them open and after they were
 * swept (bytes), and the seconds until their live listeners were gone and until their UIs were collected.
 */
record AbandonedRound(int tabs, long start, long open, long after, double listenersGone, double uisGone) {

    /** Bytes the round left behind. */
    long kept() {
        return after - start;
    }

    /** Prints the round; {@code since} names the moment the seconds count from. */
    void print(String name, String since) {
        System.out.printf(Locale.ROOT, "%s: before %.2f MB, %d tabs open %.2f MB (%.1f KB per board), after the sweep "
                        + "%.2f MB (%+.1f KB); listeners gone %.2f s and UIs collected %.2f s after %s%n", name,
                start / 1e6, tabs, open / 1e6, tabs == 0 ? 0 : (open - start) / 1024.0 / tabs, after / 1e6,
                kept() / 1024.0, listenersGone, uisGone, since);
    }

    /**
     * Prints the benchmark's title with the database and the load average, what it does, rounds 1 and 2 and the
     * control round (no tab), and what each round left behind per board.
     */
    static void printRounds(String title, String database, String setup, AbandonedRound[] rounds, int uis,
                            String since) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "%n=== Kogge %s (%s, load average %.1f) ===%n%s%n", title, database, load, setup);
        rounds[0].print("round 1", since);
        rounds[1].print("round 2", since);
        rounds[2].print("control, 0 tabs", since);
        System.out.printf(Locale.ROOT, "not returned per abandoned board: round 1 %.1f KB, round 2 %.1f KB; noise: the "
                        + "control round moved %.1f KB in all%n", rounds[0].kept() / 1024.0 / uis,
                rounds[1].kept() / 1024.0 / uis, rounds[2].kept() / 1024.0);
    }
}
