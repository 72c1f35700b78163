package org.kogge.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.AccountService;
import org.kogge.account.Role;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.feedback.FeedbackState.Comment;
import org.kogge.feedback.FeedbackState.Giving;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.kogge.testing.Races;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** Who gives feedback on a session and when, one per person, and what hosts and organizers read of it. */
class FeedbackServiceTest extends ServiceTestBase {

    static final Instant SENSORS_START = FeedbackFixture.SENSORS_START;

    @Autowired FeedbackService feedback;
    @Autowired FeedbackFixture world;
    @Autowired AccountService accounts;
    @Autowired LiveBroadcaster live;

    Programme p;

    @BeforeEach
    void programme() {
        p = world.published();
    }

    private FeedbackState give(String who, Integer rating, String comment) {
        return world.give(p, who, p.sensors(), rating, comment);
    }

    private FeedbackState seenBy(String who) {
        return fixtures.as(who, () -> feedback.of(p.slug(), p.sensors()).orElse(null));
    }

    private String refused(String who, Integer rating, String comment) {
        return problemOf(() -> give(who, rating, comment));
    }

    private int count() {
        return seenBy(p.organizer()).summary().count();
    }

    @Test
    void anAttendeeGivesFeedbackOnceTheSessionStartedAndChangesItInPlace() {
        world.stopAt(SENSORS_START);
        assertThat(seenBy(p.kai()).giving()).isEqualTo(Giving.OPEN);

        FeedbackState given = give(p.kai(), 5, "  Sehr konkret, danke!  ");
        assertThat(given.mine().rating()).isEqualTo(5);
        assertThat(given.mine().comment()).isEqualTo("Sehr konkret, danke!");
        assertThat(given.mine().givenAt()).isEqualTo(SENSORS_START);

        FeedbackState changed = give(p.kai(), 3, "   ");
        assertThat(changed.mine().rating()).isEqualTo(3);
        assertThat(changed.mine().comment()).isNull();
        assertThat(count()).isEqualTo(1);

        FeedbackState withdrawn = fixtures.as(p.kai(), () -> feedback.withdraw(p.slug(), p.sensors()));
        assertThat(withdrawn.mine()).isNull();
        assertThat(withdrawn.giving()).isEqualTo(Giving.OPEN);
        assertThat(count()).isZero();
    }

    @Test
    void beforeTheStartAfterTheFourWeeksAndForTheHostItIsRefusedAndNothingIsSaved() {
        world.stopAt(SENSORS_START.minusSeconds(60));
        assertThat(seenBy(p.kai()).giving()).isEqualTo(Giving.NOT_STARTED);
        assertThat(refused(p.kai(), 4, null)).isEqualTo("null:feedback.not-started");

        world.stopAt(SENSORS_START);
        assertThat(refused(p.erika(), 5, "Meine eigene")).isEqualTo("null:feedback.own-session");
        assertThat(seenBy(p.erika()).giving()).isEqualTo(Giving.NONE);
        give(p.kai(), 4, "Gut");

        Instant closes = seenBy(p.kai()).closesAt();
        assertThat(closes).isEqualTo(ProgrammeFixtures.at(ScheduleFixtures.DAY2, 17, 0).plus(FeedbackService.OPEN_AFTER_EVENT));
        world.stopAt(closes.minusSeconds(1));
        give(p.kai(), 2, "Doch nicht so gut");
        world.stopAt(closes);
        assertThat(seenBy(p.kai()).giving()).isEqualTo(Giving.CLOSED);
        assertThat(seenBy(p.kai()).mine().rating()).isEqualTo(2);
        assertThat(refused(p.kai(), 5, null)).isEqualTo("null:feedback.closed");
        assertThat(problemOf(() -> fixtures.as(p.kai(), () -> feedback.withdraw(p.slug(), p.sensors()))))
                .isEqualTo("null:feedback.closed");
        assertThat(seenBy(p.kai()).mine().comment()).isEqualTo("Doch nicht so gut");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void withoutASeatOrLoggedOutThereIsNothingToGiveAndTheServiceRefuses() {
        world.stopAt(SENSORS_START);
        String guest = fixtures.person("Gerd Gast", Role.EXPERT).email();

        assertThat(seenBy(guest)).isNull();
        assertThat(refused(guest, 4, "Von außen")).isEqualTo("null:registration.seat-required");
        logout();
        FeedbackState anonymous = feedback.of(p.slug(), p.sensors()).orElseThrow();
        assertThat(anonymous.giving()).isEqualTo(Giving.LOG_IN);
        assertThat(anonymous.mine()).isNull();
        assertThat(anonymous.summary()).isNull();
        world.stopAt(SENSORS_START.minusSeconds(1));
        assertThat(feedback.of(p.slug(), p.sensors())).isEmpty();
        assertThat(count()).isZero();
    }

    @Test
    void aMissingRatingOrATooLongCommentIsRefusedByTheServiceToo() {
        world.stopAt(SENSORS_START);
        assertThat(refused(p.kai(), null, "Ohne Bewertung")).isEqualTo("rating:feedback.rating.required");
        assertThat(refused(p.kai(), 6, null)).isEqualTo("rating:feedback.rating.required");
        assertThat(refused(p.kai(), 4, "x".repeat(FeedbackForm.COMMENT_MAX + 1))).isEqualTo("comment:validation.too-long");
        assertThat(seenBy(p.kai()).mine()).isNull();
        assertThat(count()).isZero();
    }

    @Test
    void hostsAndOrganizersReadTheAnswersWithoutNamesOnlyFromThreeOn() {
        String tom = world.participant(p, "Tom Teilnehmer");
        world.stopAt(SENSORS_START.plusSeconds(3600));
        assertThat(seenBy(p.erika()).summary().count()).isZero();
        assertThat(seenBy(p.kai()).summary()).isNull();

        give(p.kai(), 4, "Gute Beispiele aus Kiel");
        give(p.lena(), 2, null);
        FeedbackState.Summary early = seenBy(p.erika()).summary();
        assertThat(early.count()).isEqualTo(2);
        assertThat(early.shown()).isFalse();
        assertThat(early.comments()).isEmpty();

        give(tom, 5, "Bitte mehr davon");
        FeedbackState.Summary summary = seenBy(p.erika()).summary();
        assertThat(summary.shown()).isTrue();
        assertThat(summary.count()).isEqualTo(3);
        assertThat(summary.average()).isCloseTo(11 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(summary.perRating()).containsExactly(0, 1, 0, 1, 1);
        assertThat(summary.comments()).containsExactly(new Comment(5, "Bitte mehr davon"),
                new Comment(4, "Gute Beispiele aus Kiel"));
        assertThat(seenBy(p.organizer()).summary()).isEqualTo(summary);
        assertThat(seenBy(Fixtures.ADMIN).summary()).isEqualTo(summary);
        assertThat(seenBy(tom).summary()).isNull();
    }

    @Test
    void organizersSeeTheEventsFeedbackAtAGlanceAndNobodyElse() {
        String tom = world.participant(p, "Tom Teilnehmer");
        world.stopAt(ProgrammeFixtures.at(ScheduleFixtures.DAY2, 12, 0));
        FeedbackFigures none = fixtures.as(p.organizer(), () -> feedback.figures(p.slug()));
        assertThat(none).isEqualTo(new FeedbackFigures(0, 0, null, null));

        give(p.kai(), 4, null);
        give(p.lena(), 3, null);
        world.give(p, tom, p.levels(), 5, null);
        FeedbackFigures three = fixtures.as(p.organizer(), () -> feedback.figures(p.slug()));
        assertThat(three.answers()).isEqualTo(3);
        assertThat(three.sessions()).isEqualTo(2);
        assertThat(three.average()).isEqualTo(4.0);
        assertThat(three.best()).isNull();

        give(tom, 5, null);
        FeedbackFigures.Best best = fixtures.as(Fixtures.ADMIN, () -> feedback.figures(p.slug())).best();
        assertThat(best).isEqualTo(new FeedbackFigures.Best("Sensornetze im Kanal", 4.0, 3));
        assertThat(problemOrDenied(() -> fixtures.as(p.erika(), () -> feedback.figures(p.slug())))).isTrue();
    }

    @Test
    void organizersDownloadTheFeedbackAsAFormulaSafeCsvWithFewAnswersCountedOnly() {
        String tom = world.participant(p, "Tom Teilnehmer");
        world.stopAt(ProgrammeFixtures.at(ScheduleFixtures.DAY2, 12, 0));
        give(p.kai(), 4, "Gute Beispiele");
        give(p.lena(), 2, "=HYPERLINK(\"http://x\") Klick");
        give(tom, 5, null);
        world.give(p, tom, p.levels(), 1, "Zu leise");

        byte[] csv = fixtures.as(p.organizer(), () -> feedback.exportCsv(p.slug(), java.util.Locale.GERMAN, key -> key));
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("feedback.csv.session;feedback.csv.hosts;feedback.csv.answers;"
                + "feedback.csv.average;5;4;3;2;1;feedback.csv.comments\r\n"
                + "Sensornetze im Kanal;Erika Expertin;3;3,7;1;1;0;1;0;\"Gute Beispiele\n'=HYPERLINK(\"\"http://x\"\") Klick\"\r\n"
                + "Pegel offen teilen;Kai Kollege;1;;;;;;;feedback.csv.too-few\r\n");
        assertThat(text).doesNotContain("Zu leise", "Tom Teilnehmer", "Lena Lotsin");
        assertThat(problemOrDenied(() -> fixtures.as(p.erika(),
                () -> feedback.exportCsv(p.slug(), java.util.Locale.GERMAN, key -> key)))).isTrue();
    }

    private FeedbackFigures figures() {
        return fixtures.as(p.organizer(), () -> feedback.figures(p.slug()));
    }

    private String csv() {
        byte[] csv = fixtures.as(p.organizer(), () -> feedback.exportCsv(p.slug(), java.util.Locale.GERMAN, key -> key));
        return new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aCancelledSessionTakesNoFeedbackAndLeavesTheFiguresAndTheCsvUntilItIsRestored() {
        String tom = world.participant(p, "Tom Teilnehmer");
        world.stopAt(ProgrammeFixtures.at(ScheduleFixtures.DAY2, 12, 0));
        give(p.kai(), 4, "Gute Beispiele");
        give(p.lena(), 3, null);
        give(tom, 5, null);
        world.give(p, tom, p.levels(), 2, "Zu leise");
        assertThat(figures()).isEqualTo(new FeedbackFigures(4, 2, 3.5,
                new FeedbackFigures.Best("Sensornetze im Kanal", 4.0, 3)));

        world.cancel(p, p.sensors());

        assertThat(seenBy(p.kai())).as("nothing to give on a cancelled session").isNull();
        assertThat(refused(p.kai(), 5, "Trotzdem")).isEqualTo("null:feedback.cancelled");
        assertThat(problemOf(() -> fixtures.as(p.lena(), () -> feedback.withdraw(p.slug(), p.sensors()))))
                .isEqualTo("null:feedback.cancelled");
        assertThat(figures()).isEqualTo(new FeedbackFigures(1, 1, null, null));
        assertThat(csv()).contains("Pegel offen teilen").doesNotContain("Sensornetze im Kanal", "Gute Beispiele");

        world.restore(p, p.sensors());

        assertThat(figures()).as("the earlier answers count again").isEqualTo(new FeedbackFigures(4, 2, 3.5,
                new FeedbackFigures.Best("Sensornetze im Kanal", 4.0, 3)));
        assertThat(csv()).contains("Sensornetze im Kanal;Erika Expertin;3;4,0;", "Gute Beispiele");
        assertThat(seenBy(p.kai()).mine().rating()).as("kept, not refused meanwhile").isEqualTo(4);
        assertThat(count()).isEqualTo(3);
    }

    @Test
    void aSessionThatLeftThePublishedProgrammeWhileItsPageWasOpenIsRefusedClearlyAndNothingIsSaved() {
        world.stopAt(SENSORS_START);
        give(p.lena(), 3, "Vorher gegeben");
        world.unplace(p, p.sensors());

        assertThat(refused(p.kai(), 4, "Nach dem Abräumen")).isEqualTo("null:feedback.gone");
        assertThat(problemOf(() -> fixtures.as(p.lena(), () -> feedback.withdraw(p.slug(), p.sensors()))))
                .isEqualTo("null:feedback.gone");
        assertThat(fixtures.as(p.kai(), () -> accounts.exportMyData())).doesNotContain("Nach dem Abräumen");
        assertThat(fixtures.as(p.lena(), () -> accounts.exportMyData())).contains("Vorher gegeben");
        assertThat(figures().answers()).isZero();
    }

    @Test
    void givingChangingAndWithdrawingAreAnnouncedToOpenPagesOnceCommittedAndARefusalIsNot() {
        world.stopAt(SENSORS_START.minusSeconds(60));
        long before = live.lastChange(FeedbackUpdates.TOPIC, p.sensors());
        long otherSession = live.lastChange(FeedbackUpdates.TOPIC, p.levels());
        refused(p.kai(), 4, null);
        assertThat(live.lastChange(FeedbackUpdates.TOPIC, p.sensors())).as("refused: nothing to tell").isEqualTo(before);

        world.stopAt(SENSORS_START);
        give(p.kai(), 4, null);
        long given = live.lastChange(FeedbackUpdates.TOPIC, p.sensors());
        assertThat(given).isGreaterThan(before);
        give(p.kai(), 5, null);
        long changed = live.lastChange(FeedbackUpdates.TOPIC, p.sensors());
        assertThat(changed).isGreaterThan(given);
        fixtures.as(p.kai(), () -> feedback.withdraw(p.slug(), p.sensors()));
        long withdrawn = live.lastChange(FeedbackUpdates.TOPIC, p.sensors());
        assertThat(withdrawn).isGreaterThan(changed);
        fixtures.as(p.kai(), () -> feedback.withdraw(p.slug(), p.sensors()));
        assertThat(live.lastChange(FeedbackUpdates.TOPIC, p.sensors())).as("nothing left to withdraw").isEqualTo(withdrawn);
        assertThat(live.lastChange(FeedbackUpdates.TOPIC, p.levels())).as("another session's pages")
                .isEqualTo(otherSession);
    }

    private static boolean problemOrDenied(Runnable r) {
        try {
            r.run();
        } catch (org.springframework.security.access.AccessDeniedException | org.kogge.common.NotFoundException e) {
            return true;
        }
        return false;
    }

    @Test
    void aPersonsFeedbackIsInTheirDataExportAndGoesWithTheirAccount() {
        String tom = world.participant(p, "Tom Teilnehmer");
        world.stopAt(SENSORS_START);
        give(tom, 4, "Export-Kommentar");

        assertThat(fixtures.as(tom, () -> accounts.exportMyData()))
                .contains("\"sessionfeedback\"", "\"Sensornetze im Kanal\"", "\"rating\" : 4", "Export-Kommentar");
        assertThat(fixtures.as(p.lena(), () -> accounts.exportMyData())).doesNotContain("Export-Kommentar");

        fixtures.as(tom, () -> accounts.deleteMyAccount(Fixtures.PASSWORD));
        assertThat(count()).isZero();
    }

    @Test
    void twoTabsSendingAtOnceLeaveOneFeedback() throws Exception {
        world.stopAt(SENSORS_START);
        List<FeedbackState> results = Races.race(IntStream.rangeClosed(1, 5).<Callable<FeedbackState>>mapToObj(
                r -> () -> give(p.kai(), r, "Tab " + r)).toList());

        assertThat(results).allSatisfy(s -> assertThat(s.mine()).isNotNull());
        assertThat(count()).isEqualTo(1);
        FeedbackState.Mine mine = seenBy(p.kai()).mine();
        assertThat(mine.comment()).isEqualTo("Tab " + mine.rating());
    }
}
