package org.kogge.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.AccountService;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.feedback.FeedbackFixture;
import org.kogge.feedback.FeedbackForm;
import org.kogge.feedback.FeedbackService;
import org.kogge.feedback.FeedbackUpdates;
import org.kogge.testing.Karibu;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.LiveTesting;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** "Rückmeldung zur Session" on the session page: given by attendees with a seat, read by hosts without names. */
class FeedbackSectionKT extends KaribuTestBase {

    static final Instant SENSORS_START = FeedbackFixture.SENSORS_START;

    @Autowired FeedbackService feedback;
    @Autowired FeedbackFixture world;
    @Autowired AccountService accounts;
    @Autowired LiveBroadcaster live;
    @Autowired ApplicationContext ctx;

    Programme p;

    @BeforeEach
    void programme() {
        p = world.published();
    }

    private void open() {
        UI.getCurrent().navigate("events/" + p.slug() + "/sessions/" + p.sensors());
    }

    private static Section section() {
        return _get(Section.class, s -> s.withClasses("kogge-feedback"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> rating() {
        return _get(section(), RadioButtonGroup.class);
    }

    private void give(String who, int rating, String comment) {
        world.give(p, who, p.sensors(), rating, comment);
    }

    /**
     * Runs {@code work} in a second UI: another browser's mocked Vaadin session with its own UI, on a thread of its
     * own (Karibu keeps its UI per thread), logged in as {@code who}; the test's own UI stays open meanwhile.
     */
    private void inASecondUi(String who, Runnable work) throws Exception {
        ExecutorService browser = Executors.newSingleThreadExecutor();
        try {
            browser.submit(() -> {
                Function0<UI> uiFactory = UI::new;
                MockVaadin.setup(uiFactory,
                        new MockSpringServlet(new Routes().autoDiscoverViews("org.kogge"), ctx, uiFactory));
                try {
                    login(who);
                    work.run();
                } finally {
                    logout();
                    MockVaadin.tearDown();
                }
                return null;
            }).get(60, TimeUnit.SECONDS);
        } finally {
            browser.shutdownNow();
        }
    }

    private static String textOf(String className) {
        return _get(section(), Paragraph.class, x -> x.withClasses(className)).getText();
    }

    private static boolean shows(String className, String text) {
        return !_find(section(), Paragraph.class, x -> x.withClasses(className)).isEmpty() && textOf(className).equals(text);
    }

    @Test
    void anAttendeeRatesTheSessionAddsACommentAndChangesItLater() {
        world.stopAt(SENSORS_START.plusSeconds(600));
        login(p.kai());
        open();

        assertThat(_get(section(), H2.class).getText()).isEqualTo("Rückmeldung zur Session");
        assertThat(rating().getLabel()).isEqualTo("Wie hilfreich war die Session?");
        Karibu._setValue(rating(), 4);
        Karibu._setValue(_get(section(), TextArea.class, t -> t.withLabel("Kommentar (freiwillig)")), "Gute Beispiele");
        _click(_get(section(), Button.class, b -> b.withText("Rückmeldung senden")));

        NotificationsKt.expectNotifications("Danke für Ihre Rückmeldung!");
        assertThat(_get(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-mine")).getText())
                .startsWith("Ihre Rückmeldung (4 von 5) vom ");
        assertThat(rating().getValue()).isEqualTo(4);
        Karibu._setValue(rating(), 5);
        _click(_get(section(), Button.class, b -> b.withText("Rückmeldung ändern")));

        NotificationsKt.expectNotifications("Danke für Ihre Rückmeldung!");
        assertThat(feedback.of(p.slug(), p.sensors()).orElseThrow().mine().rating()).isEqualTo(5);
        _click(_get(section(), Button.class, b -> b.withText("Rückmeldung zurückziehen")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        NotificationsKt.expectNotifications("Ihre Rückmeldung ist zurückgezogen.");
        assertThat(feedback.of(p.slug(), p.sensors()).orElseThrow().mine()).isNull();
        _get(section(), Button.class, b -> b.withText("Rückmeldung senden"));
    }

    @Test
    void withoutARatingTheFormSaysSoAndNothingIsSaved() {
        world.stopAt(SENSORS_START);
        login(p.kai());
        open();

        _click(_get(section(), Button.class, b -> b.withText("Rückmeldung senden")));

        assertThat(rating().isInvalid()).isTrue();
        assertThat(rating().getErrorMessage()).isEqualTo("Bitte eine Bewertung wählen.");
        assertThat(feedback.of(p.slug(), p.sensors()).orElseThrow().mine()).isNull();
    }

    @Test
    void beforeTheStartTheAttendeeIsToldWhenAndTheHostSeesNoForm() {
        world.stopAt(SENSORS_START.minusSeconds(3600));
        login(p.kai());
        open();
        assertThat(_get(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-later")).getText())
                .isEqualTo("Sobald die Session begonnen hat, können Sie hier eine Rückmeldung geben.");
        _assertNone(section(), RadioButtonGroup.class);

        world.stopAt(SENSORS_START);
        login(p.erika());
        open();
        _assertNone(section(), RadioButtonGroup.class);
        assertThat(_get(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-count")).getText())
                .isEqualTo("Noch keine Rückmeldungen.");
    }

    @Test
    void anonymousAreAskedToLogInAndAPersonWithoutASeatSeesNothingAndIsRefused() {
        world.stopAt(SENSORS_START);
        String guest = fixtures.person("Gerd Gast", Role.EXPERT).email();
        open();
        Paragraph logIn = _get(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-log-in"));
        assertThat(logIn.getText()).startsWith("Sie hatten einen Platz bei diesem Barcamp?");
        assertThat(_get(logIn, Anchor.class).getText()).isEqualTo("Anmelden und Rückmeldung geben");
        _assertNone(section(), RadioButtonGroup.class);

        login(guest);
        open();
        _assertNone(Section.class, s -> s.withClasses("kogge-feedback"));
        assertThatThrownBy(() -> feedback.give(p.slug(), p.sensors(), new FeedbackForm(5, "Von außen")))
                .isInstanceOf(InvalidInputException.class);
        login(p.organizer());
        assertThat(feedback.of(p.slug(), p.sensors()).orElseThrow().summary().count()).isZero();
    }

    @Test
    void theHostReadsRatingsAndCommentsWithoutNamesOnceThreeAnswered() {
        String tom = world.participant(p, "Tom Teilnehmer");
        world.stopAt(SENSORS_START.plusSeconds(3600));
        give(p.kai(), 4, "Gute Beispiele aus Kiel");
        give(p.lena(), 2, "<b>Zu kurz</b>");
        login(p.erika());
        open();
        assertThat(_get(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-count")).getText())
                .startsWith("2 Rückmeldungen. Bewertungen und Kommentare erscheinen ab 3 Rückmeldungen");
        _assertNone(section(), ListItem.class);

        give(tom, 5, null);
        open();
        assertThat(_get(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-average")).getText())
                .isEqualTo("Durchschnittlich 3,7 von 5 aus 3 Rückmeldungen");
        assertThat(_find(section(), ListItem.class).stream().map(li -> li.getElement().getTextRecursively()))
                .containsExactly("5 – sehr hilfreich: 1", "4 – hilfreich: 1", "3 – teils, teils: 0",
                        "2 – wenig hilfreich: 1", "1 – nicht hilfreich: 0",
                        "4 von 5Gute Beispiele aus Kiel", "2 von 5<b>Zu kurz</b>");
        String shown = section().getElement().getOuterHTML();
        assertThat(shown).doesNotContain("Kai Kollege", "Lena Lotsin", "Tom Teilnehmer", "<b>Zu kurz</b>")
                .contains("&lt;b&gt;Zu kurz&lt;/b&gt;");
    }

    @Test
    void withdrawingAsksFirstAndKeepingItChangesNothing() {
        world.stopAt(SENSORS_START.plusSeconds(600));
        give(p.kai(), 4, "Gute Beispiele");
        login(p.kai());
        open();

        _click(_get(section(), Button.class, b -> b.withText("Rückmeldung zurückziehen")));
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(question)).isEqualTo("Rückmeldung zurückziehen?");
        assertThat(ConfirmDialogKt.getText(question)).startsWith("Ihre Bewertung und Ihr Kommentar zu dieser Session");
        ConfirmDialogKt._fireCancel(question);

        NotificationsKt.expectNoNotifications();
        assertThat(feedback.of(p.slug(), p.sensors()).orElseThrow().mine().comment()).isEqualTo("Gute Beispiele");
        assertThat(textOf("kogge-feedback-mine")).startsWith("Ihre Rückmeldung (4 von 5) vom ");

        _click(_get(section(), Button.class, b -> b.withText("Rückmeldung zurückziehen")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications("Ihre Rückmeldung ist zurückgezogen.");
        assertThat(feedback.of(p.slug(), p.sensors()).orElseThrow().mine()).isNull();
        _assertNone(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-mine"));
        assertThat(_get(section(), H2.class).getElement().getAttribute("tabindex")).as("focus moves to the heading")
                .isEqualTo("-1");
    }

    @Test
    void theHostsOpenPageFollowsFeedbackGivenAndWithdrawnElsewhereWithoutAReload() throws Exception {
        String tom = world.participant(p, "Tom Teilnehmer");
        world.stopAt(SENSORS_START.plusSeconds(3600));
        give(p.kai(), 4, "Gute Beispiele aus Kiel");
        give(p.lena(), 2, null);
        login(p.erika());
        open();
        assertThat(textOf("kogge-feedback-count")).startsWith("2 Rückmeldungen.");

        UI hostsUi = UI.getCurrent();
        inASecondUi(tom, () -> {
            open();
            assertThat(UI.getCurrent()).isNotSameAs(hostsUi);
            Karibu._setValue(rating(), 5);
            Karibu._setValue(_get(section(), TextArea.class), "Bitte mehr davon");
            _click(_get(section(), Button.class, b -> b.withClasses("kogge-feedback-send")));
            _get(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-mine"));
        });
        LiveTesting.awaitPush(() -> shows("kogge-feedback-average", "Durchschnittlich 3,7 von 5 aus 3 Rückmeldungen"));
        assertThat(textOf("kogge-feedback-average")).isEqualTo("Durchschnittlich 3,7 von 5 aus 3 Rückmeldungen");
        assertThat(_find(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-comment")))
                .extracting(Paragraph::getText).containsExactly("Bitte mehr davon", "Gute Beispiele aus Kiel");

        fixtures.as(p.lena(), () -> feedback.withdraw(p.slug(), p.sensors()));
        LiveTesting.awaitPush(() -> shows("kogge-feedback-count", "2 Rückmeldungen. Bewertungen und Kommentare "
                + "erscheinen ab 3 Rückmeldungen, damit niemand erkennbar ist."));
        assertThat(textOf("kogge-feedback-count")).startsWith("2 Rückmeldungen.");
        _assertNone(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-comment"));
    }

    @Test
    void onlyReadersListenAndALeftPageLeavesNoListener() {
        world.stopAt(SENSORS_START.plusSeconds(600));
        login(p.kai());
        open();
        _get(section(), RadioButtonGroup.class);
        assertThat(live.listenerCount(FeedbackUpdates.TOPIC, p.sensors())).as("an attendee's form").isZero();

        login(p.erika());
        open();
        assertThat(live.listenerCount(FeedbackUpdates.TOPIC, p.sensors())).as("the host reads").isEqualTo(1);
        UI.getCurrent().navigate("events/" + p.slug() + "/sessions/" + p.levels());
        assertThat(live.listenerCount(FeedbackUpdates.TOPIC, p.sensors())).as("another session").isZero();

        login(p.organizer());
        open();
        assertThat(live.listenerCount(FeedbackUpdates.TOPIC, p.sensors())).as("the organizer reads").isEqualTo(1);
        UI.getCurrent().navigate("");
        assertThat(live.listenerCount(FeedbackUpdates.TOPIC, p.sensors())).as("the page was left").isZero();
    }

    @Test
    void aCancelledSessionShowsNothingToGiveAndAFormStillOpenIsToldSo() {
        world.stopAt(SENSORS_START.plusSeconds(600));
        login(p.kai());
        open();
        Karibu._setValue(rating(), 4);
        world.cancel(p, p.sensors());

        _click(_get(section(), Button.class, b -> b.withText("Rückmeldung senden")));

        NotificationsKt.expectNotifications("Diese Session fällt aus: Rückmeldungen zu ihr sind nicht möglich.");
        open();
        _assertNone(Section.class, s -> s.withClasses("kogge-feedback"));
        login(p.erika());
        open();
        _assertNone(Section.class, s -> s.withClasses("kogge-feedback"));
    }

    @Test
    void aSessionThatLeftTheProgrammeWhileThePageWasOpenEndsInAClearNoticeAndNothingIsSaved() {
        world.stopAt(SENSORS_START.plusSeconds(600));
        english();
        login(p.kai());
        open();
        Karibu._setValue(rating(), 4);
        Karibu._setValue(_get(section(), TextArea.class), "Nach dem Abräumen");
        world.unplace(p, p.sensors());

        _click(_get(section(), Button.class, b -> b.withText("Send feedback")));

        NotificationsKt.expectNotifications(
                "This session is no longer in the published programme. Your feedback was not saved.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("events/" + p.slug() + "/sessions/" + p.sensors());
        assertThat(fixtures.as(p.kai(), () -> accounts.exportMyData())).doesNotContain("Nach dem Abräumen");
    }
}
