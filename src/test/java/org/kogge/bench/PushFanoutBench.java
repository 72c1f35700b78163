package org.kogge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.testing.ScheduleFixtures.DAY1;
import static org.kogge.testing.ScheduleFixtures.DAY2;

import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.BoardSort;
import org.kogge.proposal.VoteService;
import org.kogge.registration.RegistrationService;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.RoomForm;
import org.kogge.schedule.RoomSlotService;
import org.kogge.schedule.SlotDto;
import org.kogge.schedule.SlotForm;
import org.kogge.schedule.SlotKind;
import org.kogge.testing.Fixtures;
import org.kogge.testing.Races;
import org.kogge.testing.ScheduleFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Live updates to many open pages, over real HTTP and WebSocket push: a barcamp of 500 sessions in 10 rooms over 2
 * days (200 hosts, 400 voters), {@value #DEFAULT_UIS} open proposal boards receive a vote, then as many open
 * programmes receive a moved session. Prints the latency from the committed change to each page's push message
 * (p50, p95, max), heap per open UI and how many open UIs 1 GiB of heap holds; asserts only correctness (every page
 * hears the change, votes counted exactly). Pages are opened by {@link VaadinClient} at protocol level, not by
 * browsers. Run: {@code ./mvnw -Pbench test -Dtest=PushFanoutBench} (add {@code -Dkogge.bench.uis=100} for fewer
 * pages; {@code -Dkogge.test.profiles=test,mariadb} with KOGGE_DB_* for MariaDB; {@code -Dkogge.bench.jfr=board.jfr}
 * records a flight recording of the vote's fan-out alone, CPU sampled every millisecond, allocation and all).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Development mode keeps a stack trace per component for its dev tools: production servers have none.
        properties = "vaadin.devmode.componentTracker.enabled=false")
class PushFanoutBench {

    static final int DEFAULT_UIS = 500;
    static final int UIS = Integer.getInteger("kogge.bench.uis", DEFAULT_UIS);
    static final int SESSIONS = 500;
    static final int ROOMS = 10;
    static final int HOSTS = 200;
    static final int VOTERS = 400;
    static final Duration PATIENCE = Duration.ofSeconds(180);

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ScheduleFixtures sf;
    @Autowired RegistrationService registrations;
    @Autowired RoomSlotService roomSlots;
    @Autowired PlanningService planning;
    @Autowired VoteService votes;
    @Autowired BoardService boards;
    @Autowired EntityManagerFactory emf;

    private final ExecutorService io = Executors.newFixedThreadPool(4);
    private final HttpClient http = HttpClient.newBuilder().executor(io).build();
    private final List<VaadinClient> open = new ArrayList<>();

    @AfterEach
    void closeAll() {
        open.forEach(VaadinClient::close);
        io.shutdownNow();
    }

    @Test
    void liveUpdatesReachManyOpenPages() throws Exception {
        fixtures.reset();
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = sf.barcamp(organizer, "Push-Barcamp");
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, HOSTS + VOTERS + 10));
        List<String> hosts = fixtures.bulkAttendees("host", HOSTS);
        List<String> voters = fixtures.bulkAttendees("voter", VOTERS);
        for (String p : concat(hosts, voters)) {
            fixtures.as(p, () -> registrations.register(slug));
        }
        List<RoomDto> rooms = new ArrayList<>();
        for (int r = 0; r < ROOMS; r++) {
            int n = r;
            rooms.add(fixtures.as(organizer, () -> roomSlots.addRoom(slug, new RoomForm("Raum " + n, 30, null, true))));
        }
        List<SlotDto> slots = new ArrayList<>();
        for (LocalDate day : List.of(DAY1, DAY2)) {
            for (LocalTime t = LocalTime.of(7, 0); t.isBefore(LocalTime.of(21, 30)); t = t.plusMinutes(30)) {
                LocalTime start = t;
                slots.add(fixtures.as(organizer, () -> roomSlots.addSlot(slug,
                        new SlotForm(day, start, start.plusMinutes(25), SlotKind.SESSION, null))));
            }
        }
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            int room = i % ROOMS;
            long id = sf.session(slug, organizer, hosts.get(i % HOSTS), "Session " + i + " über Wasser und Wind", 1);
            sessions.add(id);
            SlotDto slot = slots.get(i / ROOMS);
            fixtures.as(organizer, () -> planning.place(slug, id, rooms.get(room).id(), slot.id()));
        }
        fixtures.as(organizer, () -> planning.publish(slug));

        // 1. Open proposal boards; one vote. The first pages of a route warm Vaadin up (route registry, templates):
        //    not part of any one page's memory, so they are opened before the baseline is taken.
        warmUp("/events/" + slug + "/proposals");
        long baseline = usedHeapAfterGc();
        Fanout board = openPages("/events/" + slug + "/proposals");
        long perBoard = (usedHeapAfterGc() - baseline) / UIS;
        long sessionOfVote = sessions.get(0);
        Latency vote;
        try (FlightRecording recording = FlightRecording.start(System.getProperty("kogge.bench.jfr"))) {
            vote = measure(() -> fixtures.as(voters.get(0), () -> votes.toggle(slug, sessionOfVote)));
        }

        // 2. While the boards are open, every voter casts 5 votes at once; nothing lost, nothing doubled.
        List<Callable<Object>> casts = new ArrayList<>();
        for (int v = 1; v < VOTERS; v++) {
            String voter = voters.get(v);
            for (int k = 0; k < 5; k++) {
                long proposal = sessions.get((v * 7 + k * 101) % SESSIONS);
                casts.add(() -> fixtures.as(voter, () -> votes.toggle(slug, proposal)));
            }
        }
        long t0 = System.nanoTime();
        Races.race(casts);
        double burstSeconds = (System.nanoTime() - t0) / 1e9;
        long counted = boards.board(slug, null, null, BoardSort.VOTES).proposals().stream()
                .mapToLong(c -> c.votes()).sum();
        assertThat(counted).isEqualTo(casts.size() + 1);
        closeAll(board);

        // 3. Open programmes; one session moves into the free cell.
        warmUp("/events/" + slug + "/schedule");
        baseline = usedHeapAfterGc();
        Fanout programme = openPages("/events/" + slug + "/schedule");
        long perProgramme = (usedHeapAfterGc() - baseline) / UIS;
        SlotDto free = slots.get(SESSIONS / ROOMS);
        long moved = sessions.get(SESSIONS - 1);
        Latency move = measure(() -> fixtures.as(organizer, () -> planning.place(slug, moved, rooms.get(0).id(),
                free.id())));
        closeAll(programme);

        long gib = 1L << 30;
        System.out.printf(Locale.ROOT, "%n=== Kogge live-update benchmark (%s, %d open pages each) ===%n",
                fixtures.databaseName(), UIS);
        System.out.printf(Locale.ROOT, "proposal board (%d proposals): opened %d in %.1f s, %d KiB page; heap %d KiB per "
                + "open UI, %d UIs per GiB%n", SESSIONS, UIS, board.seconds, board.pageBytes / 1024, perBoard / 1024,
                gib / Math.max(1, perBoard));
        System.out.printf(Locale.ROOT, "a vote reaches the open boards: %s%n", vote);
        System.out.printf(Locale.ROOT, "%d votes racing while %d boards are open: %.2f s, counted exactly%n",
                casts.size(), UIS, burstSeconds);
        System.out.printf(Locale.ROOT, "programme (%d sessions): opened %d in %.1f s, %d KiB page; heap %d KiB per open "
                + "UI, %d UIs per GiB%n", SESSIONS, UIS, programme.seconds, programme.pageBytes / 1024,
                perProgramme / 1024, gib / Math.max(1, perProgramme));
        System.out.printf(Locale.ROOT, "a moved session reaches the open programmes: %s%n", move);
        System.out.println("===");
        assertThat(vote.missing).as("boards that never heard of the vote").isZero();
        assertThat(move.missing).as("programmes that never heard of the move").isZero();
    }

    /** A flight recording of one step of the benchmark, if a file is named for it (else nothing). */
    private record FlightRecording(Recording recording) implements AutoCloseable {

        static FlightRecording start(String file) throws Exception {
            if (file == null || file.isBlank()) {
                return new FlightRecording(null);
            }
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            recording.setDestination(Path.of(file));
            recording.start();
            return new FlightRecording(recording);
        }

        @Override
        public void close() {
            if (recording != null) {
                recording.stop(); // writes it to its file
                recording.close();
            }
        }
    }

    private record Fanout(List<VaadinClient> clients, double seconds, int pageBytes) {
    }

    /** Opens {@link #UIS} pages, a few at a time as phones arrive, and waits until all push connections are up. */
    private Fanout openPages(String path) throws Exception {
        String base = "http://localhost:" + port;
        long t0 = System.nanoTime();
        List<CompletableFuture<VaadinClient>> pending = new ArrayList<>();
        List<VaadinClient> clients = new ArrayList<>();
        for (int i = 0; i < UIS; i++) {
            pending.add(VaadinClient.open(http, base, path));
            if (pending.size() == 16) {
                for (CompletableFuture<VaadinClient> f : pending) {
                    clients.add(f.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
                }
                pending.clear();
            }
        }
        for (CompletableFuture<VaadinClient> f : pending) {
            clients.add(f.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        }
        open.addAll(clients);
        assertThat(clients).allMatch(VaadinClient::connected);
        return new Fanout(clients, (System.nanoTime() - t0) / 1e9, clients.get(0).pageBytes());
    }

    private void warmUp(String path) throws Exception {
        for (int i = 0; i < 3; i++) {
            VaadinClient.open(http, "http://localhost:" + port, path).get(PATIENCE.toSeconds(), TimeUnit.SECONDS)
                    .close();
        }
    }

    private void closeAll(Fanout fanout) {
        fanout.clients.forEach(VaadinClient::close);
        open.removeAll(fanout.clients);
    }

    /**
     * Latencies from the committed change to each open page's first push message after it; the CPU time the whole
     * JVM (app and clients) spent and the SQL statements the app prepared meanwhile: figures load does not distort.
     */
    private record Latency(long[] millis, int missing, long cpuMillis, long statements, long allocated) {
        @Override
        public String toString() {
            if (millis.length == 0) {
                return "no page heard it (" + missing + " missing)";
            }
            return String.format(Locale.ROOT, "p50 %d ms, p95 %d ms, max %d ms (%d pages, %d missing); CPU %d ms "
                    + "(%.2f ms a page), %d KiB allocated (%d a page), %d SQL statements; load average %.2f",
                    millis[millis.length / 2], millis[(int) Math.ceil(millis.length * 0.95) - 1],
                    millis[millis.length - 1], millis.length, missing, cpuMillis, (double) cpuMillis / millis.length,
                    allocated / 1024, allocated / 1024 / millis.length, statements,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private Latency measure(Runnable change) {
        List<VaadinClient> clients = List.copyOf(open);
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        long statements0 = statistics.getPrepareStatementCount();
        long cpu0 = processCpuNanos();
        long allocated0 = allocatedBytes();
        long t0 = System.nanoTime();
        change.run();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline && clients.stream().anyMatch(c -> c.firstUpdateAfter(t0) < 0)) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long cpu = processCpuNanos() - cpu0;
        long allocated = allocatedBytes() - allocated0;
        long statements = statistics.getPrepareStatementCount() - statements0;
        long[] millis = clients.stream().mapToLong(c -> c.firstUpdateAfter(t0)).filter(n -> n >= 0)
                .map(n -> n / 1_000_000).sorted().toArray();
        return new Latency(millis, clients.size() - millis.length, cpu / 1_000_000, statements, allocated);
    }

    /** Bytes allocated by all threads so far: unlike time, not distorted by the machine's load. */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Used heap once garbage collection has settled (three collections in a row change it by less than 1 %). */
    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(100);
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < used / 100) {
                return used;
            }
            previous = used;
        }
        return previous;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

}
