package org.kogge.demo;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.kogge.account.AccountService;
import org.kogge.account.Role;
import org.kogge.account.RunAs;
import org.kogge.common.KoggeProperties;
import org.kogge.event.EventForm;
import org.kogge.event.EventKind;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.network.CityDto;
import org.kogge.network.CityForm;
import org.kogge.network.NetworkService;
import org.kogge.common.StartupData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data for the default profile (and the {@code demo} profile): the Smarte Hanse network, its cities, one account
 * per role, the Smart Water barcamp in Lübeck and the signing ceremony in Lübeck's town hall the day after. Everything
 * goes through the services, as a person would enter it. Runs only on an empty database.
 * <p>
 * The profiles are checked when the data loads, not with {@code @Profile} on the beans: the production jar is built
 * with Spring AOT (cold start, issue 12), which fixes the beans at build time, in the default profile; a jar started
 * with {@code --spring.profiles.active=mariadb} has these beans too, and they write nothing.
 */
@Component
@Order(10)
public class DemoData implements StartupData {

    /** The password of every demo account; it exists only in the demo profiles. */
    public static final String PASSWORD = "Kogge-Demo-2026!";
    public static final String ADMIN = "admin@smarte-hanse.example";
    public static final String ORGANIZER = "organisation@smarte-hanse.example";
    public static final String EXPERT = "expertin@smarte-hanse.example";
    public static final String ATTENDEE = "teilnehmer@smarte-hanse.example";

    /** The demo loads in these profiles only ("default": no profile chosen, the embedded start). */
    static final Profiles DEMO_PROFILES = Profiles.of("default", "demo");

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final NetworkService network;
    private final AccountService accounts;
    private final EventService events;
    private final RunAs runAs;
    private final KoggeProperties properties;
    private final Clock clock;
    private final DemoBarcamp barcampProgramme;
    private final DemoSchedule barcampSchedule;
    private final DemoCeremony ceremonyProgramme;
    private final Environment environment;

    public DemoData(Environment environment, NetworkService network, AccountService accounts, EventService events,
                    RunAs runAs, KoggeProperties properties, Clock clock, DemoBarcamp barcampProgramme,
                    DemoSchedule barcampSchedule, DemoCeremony ceremonyProgramme) {
        this.environment = environment;
        this.barcampProgramme = barcampProgramme;
        this.barcampSchedule = barcampSchedule;
        this.ceremonyProgramme = ceremonyProgramme;
        this.network = network;
        this.accounts = accounts;
        this.events = events;
        this.runAs = runAs;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void load() {
        if (environment.acceptsProfiles(DEMO_PROFILES)) {
            loadIfEmpty();
        }
    }

    /** The demo data, whatever the profile (the tests' {@code DemoWorld}), unless the database has cities already. */
    void loadIfEmpty() {
        if (!network.cities().isEmpty()) {
            return;
        }
        LOG.info("Empty database: loading the Smarte Hanse demo data");
        long started = System.nanoTime();
        long cpu = processCpuNanos();
        long ownCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        loadDemo();
        // CPU times tell what the demo costs on a busy machine, where the time jitters: this thread's is the demo's
        // critical path (the sign-ups and the repositories run beside it), the JVM's all of it (with the compiler).
        LOG.info("Demo data loaded in {} ms ({} ms CPU of the loading thread, {} ms of the JVM); demo accounts use "
                        + "the password {}", (System.nanoTime() - started) / 1_000_000,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - ownCpu) / 1_000_000,
                (processCpuNanos() - cpu) / 1_000_000, PASSWORD);
    }

    private void loadDemo() {
        // The first account is made admin directly: there is no admin yet who could grant it.
        accounts.createFirstAdmin("Anke Admin", ADMIN, PASSWORD);
        runAs.as(ADMIN, () -> {
            network.renameNetwork("Smarte Hanse");
            Map<String, String> cities = Map.of(
                    "Lübeck", "Schleswig-Holstein", "Kiel", "Schleswig-Holstein", "Schwerin", "Mecklenburg-Vorpommern",
                    "Neubrandenburg", "Mecklenburg-Vorpommern", "Rostock", "Mecklenburg-Vorpommern",
                    "Stralsund", "Mecklenburg-Vorpommern", "Wismar", "Mecklenburg-Vorpommern");
            cities.forEach((name, state) -> network.saveCity(null, new CityForm(name, state, true)));
            network.saveCity(null, new CityForm("Hamburg", "Hamburg", false));
        });
        List<CityDto> all = network.cities();
        long luebeck = cityId(all, "Lübeck");
        try (DemoSignups signups = new DemoSignups(accounts, runAs, ADMIN, all)) {
            List<DemoSignups.Person> people = new ArrayList<>(List.of(
                    new DemoSignups.Person("Ole Organisator", ORGANIZER, "Hansestadt Lübeck – Digitalisierung",
                            "Lübeck", EnumSet.of(Role.ORGANIZER, Role.EXPERT)),
                    new DemoSignups.Person("Erika Expertin", EXPERT, "Stadtwerke Neubrandenburg", "Neubrandenburg",
                            EnumSet.of(Role.EXPERT)),
                    new DemoSignups.Person("Tim Teilnehmer", ATTENDEE, "Landeshauptstadt Schwerin", "Schwerin",
                            EnumSet.noneOf(Role.class))));
            people.addAll(DemoBarcamp.EXPERTS);
            signups.start(people);
            runAs.as(ADMIN, () -> accounts.updateMyProfile(
                    new org.kogge.account.ProfileForm("Anke Admin", ADMIN, "Hansestadt Lübeck", luebeck)));
            events(all, luebeck, signups);
        }
    }

    /** The events, as the organizer (once signed up), and their programmes. */
    private void events(List<CityDto> all, long luebeck, DemoSignups signups) {
        signups.person(ORGANIZER);

        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        LocalDate barcampDay = today.plusWeeks(6);
        runAs.as(ORGANIZER, () -> {
            EventForm barcamp = new EventForm();
            barcamp.setTitle("Barcamp Smart Water");
            barcamp.setKind(EventKind.BARCAMP);
            barcamp.setTeaser("Sensoren im Kanal, Starkregen-Frühwarnung, wassersensible Stadtplanung: "
                    + "Expertinnen und Experten der Smarten Hanse teilen, was in ihren Städten funktioniert.");
            barcamp.setDescription("""
                    ## Worum es geht
                    Wasser ist Daseinsvorsorge, und die Städte der **Smarten Hanse** digitalisieren sie gerade: \
                    Pegel- und Kanalnetzsensoren, Frühwarnsysteme für Starkregen, vorausschauende Instandhaltung \
                    von Leitungen und die wassersensible Stadt.

                    ## Ablauf
                    Ein Barcamp lebt von seinen Teilnehmenden: Sessions werden vor Ort vorgeschlagen, alle stimmen ab, \
                    und der Raum- und Zeitplan füllt sich. Bringt eure Projekte, Fragen und Fehlschläge mit.

                    * Begrüßung und Vorstellungsrunde
                    * Sessionplanung mit Abstimmung
                    * zwei Tage mit je fünf Session-Runden in vier Räumen
                    * Abschluss mit Ergebnissen am zweiten Tag

                    Mehr zum Netzwerk: [Smarte Hanse](https://www.luebeck.de/)
                    """);
            barcamp.setHostCityId(luebeck);
            barcamp.setVenueName("Media Docks Lübeck");
            barcamp.setVenueAddress("Willy-Brandt-Allee 31, 23554 Lübeck");
            barcamp.setStart(LocalDateTime.of(barcampDay, LocalTime.of(9, 0)));
            barcamp.setEnd(LocalDateTime.of(barcampDay.plusDays(1), LocalTime.of(17, 0)));
            barcamp.setCapacity(80);
            // Open for a week already: "today at 8:00" lay ahead of a demo started between midnight and 8:00 in the
            // event's zone, and registering the demo's people failed with registration.closed.
            barcamp.setRegistrationOpens(LocalDateTime.of(today.minusWeeks(1), LocalTime.of(8, 0)));
            barcamp.setRegistrationCloses(LocalDateTime.of(barcampDay.minusDays(2), LocalTime.of(23, 59)));
            String slug = events.create(barcamp).slug();
            events.changeState(slug, EventState.PUBLISHED);

            EventForm ceremony = new EventForm();
            ceremony.setTitle("Unterzeichnung der erweiterten Kooperationsvereinbarung");
            ceremony.setKind(EventKind.CEREMONY);
            ceremony.setTeaser("Die Städte der Smarten Hanse unterzeichnen im Audienzsaal des Lübecker Rathauses "
                    + "ihre erweiterte Kooperationsvereinbarung.");
            ceremony.setDescription("""
                    Im historischen **Audienzsaal des Lübecker Rathauses** unterzeichnen die Oberbürgermeisterinnen \
                    und Oberbürgermeister der Mitgliedsstädte die erweiterte Kooperationsvereinbarung der Smarten Hanse.

                    Neue Mitglieder stellen sich vor, die Gastgeberstadt begrüßt, anschließend Pressefoto und Empfang.
                    """);
            ceremony.setHostCityId(luebeck);
            ceremony.setVenueName("Rathaus Lübeck, Audienzsaal");
            ceremony.setVenueAddress("Breite Straße 62, 23552 Lübeck");
            ceremony.setStart(LocalDateTime.of(barcampDay.plusDays(2), LocalTime.of(11, 0)));
            ceremony.setEnd(LocalDateTime.of(barcampDay.plusDays(2), LocalTime.of(14, 0)));
            ceremony.setCapacity(60);
            String ceremonySlug = events.create(ceremony).slug();
            events.changeState(ceremonySlug, EventState.PUBLISHED);

            LocalDate earlier = today.minusMonths(5);
            EventForm past = new EventForm();
            past.setTitle("Barcamp Offene Daten Kiel");
            past.setKind(EventKind.BARCAMP);
            past.setDescription("Offene Verwaltungsdaten, Datenplattformen und was Städte voneinander lernen können.");
            past.setHostCityId(cityId(all, "Kiel"));
            past.setVenueName("Kieler Rathaus, Ratssaal");
            past.setVenueAddress("Fleethörn 9, 24103 Kiel");
            past.setStart(LocalDateTime.of(earlier, LocalTime.of(9, 30)));
            past.setEnd(LocalDateTime.of(earlier, LocalTime.of(16, 30)));
            past.setCapacity(50);
            String pastSlug = events.create(past).slug();
            events.changeState(pastSlug, EventState.PUBLISHED);
        });
        barcampProgramme.fill(ORGANIZER, EXPERT, ATTENDEE, "barcamp-smart-water", signups);
        barcampSchedule.fill(ORGANIZER, "barcamp-smart-water", barcampDay);
        ceremonyProgramme.fill(ORGANIZER, "unterzeichnung-der-erweiterten-kooperationsvereinbarung");
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long cityId(List<CityDto> cities, String name) {
        return cities.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }
}
