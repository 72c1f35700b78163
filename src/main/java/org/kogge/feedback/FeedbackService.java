package org.kogge.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.kogge.account.CurrentUser;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.event.EventGate;
import org.kogge.event.EventRef;
import org.kogge.feedback.FeedbackState.Comment;
import org.kogge.feedback.FeedbackState.Giving;
import org.kogge.feedback.FeedbackState.Mine;
import org.kogge.feedback.FeedbackState.Summary;
import org.kogge.proposal.SessionSummaries;
import org.kogge.registration.RegistrationService;
import org.kogge.schedule.PublicScheduleService;
import org.kogge.schedule.PublicScheduleService.SessionPage;
import org.kogge.schedule.ScheduleReader;
import org.kogge.schedule.Visibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback on the sessions of a published programme. Who had a seat at the barcamp gives it once the session has
 * started and until {@link #OPEN_AFTER_EVENT} after the event ends: a rating and an optional comment, one per person
 * and session, changed by giving it again. A host does not rate their own session. The hosts and the event's
 * organizers (and admins) read it without names, only once {@link #MIN_SHOWN} people gave it.
 * <p>
 * Only sessions that take place count: none is given on a cancelled session, and the feedback given on a session
 * before it was cancelled (or left the published programme) is kept but left out of the organizers' figures and
 * CSV; it counts again once the session is restored. Every change is announced on {@link FeedbackUpdates} after
 * it commits, so that open pages of readers follow it.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackService {

    /** Fewer answers than this are counted but not shown: with one or two, the hosts could tell whose they are. */
    public static final int MIN_SHOWN = 3;

    /** How long after the event's end feedback may still be given or changed. */
    public static final Duration OPEN_AFTER_EVENT = Duration.ofDays(28);

    private final PublicScheduleService schedules;
    private final ScheduleReader programmes;
    private final SessionSummaries sessions;
    private final EventGate events;
    private final RegistrationService registrations;
    private final SessionFeedbackRepository feedback;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final LiveBroadcaster live;
    private final Clock clock;

    FeedbackService(PublicScheduleService schedules, ScheduleReader programmes, SessionSummaries sessions,
                    EventGate events, RegistrationService registrations, SessionFeedbackRepository feedback,
                    InputValidator validator, CurrentUser currentUser, LiveBroadcaster live, Clock clock) {
        this.schedules = schedules;
        this.programmes = programmes;
        this.sessions = sessions;
        this.events = events;
        this.registrations = registrations;
        this.feedback = feedback;
        this.validator = validator;
        this.currentUser = currentUser;
        this.live = live;
        this.clock = clock;
    }

    /**
     * A session's feedback as the caller sees it; empty when there is nothing for them: the programme is not
     * published, the session is cancelled, or they may neither give nor read feedback on it. A session the caller may
     * not see at all is not found.
     */
    public Optional<FeedbackState> of(String slug, long sessionId) {
        SessionPage page = schedules.session(slug, sessionId);
        if (!rateable(page)) {
            return Optional.empty();
        }
        Optional<Long> me = currentUser.id();
        boolean host = me.map(id -> hosts(page).contains(id)).orElse(false);
        boolean reads = host || (me.isPresent() && events.isOrganizer(page.event()));
        Giving giving = me.isEmpty() ? (open(page) ? Giving.LOG_IN : Giving.NONE)
                : host ? Giving.NONE : giving(page, me.get());
        if (!reads && giving == Giving.NONE) {
            return Optional.empty();
        }
        Mine mine = giving == Giving.NONE || giving == Giving.LOG_IN ? null
                : feedback.findBySessionIdAndPersonId(sessionId, me.orElseThrow())
                        .map(f -> new Mine(f.getRating(), f.getComment(), f.getGivenAt())).orElse(null);
        Summary summary = reads ? summary(feedback.findBySessionId(sessionId)) : null;
        return Optional.of(new FeedbackState(sessionId, giving, mine, summary, closesAt(page), page.event().zone()));
    }

    /**
     * Gives the caller's feedback on a session, or changes the one given before, and returns it as shown now.
     * Refused, saving nothing, for a host of the session, before the session starts, after the feedback closed, for
     * a cancelled session, for a session no longer in the published programme (also when it left it while the page
     * was open), for a caller without a seat and for an invalid form.
     * One person's feedback takes turns under their registration's row lock: two tabs sending at once leave one.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public FeedbackState give(String slug, long sessionId, FeedbackForm form) {
        long me = currentUser.requireId();
        SessionPage page = openTo(slug, sessionId, me);
        String comment = form.getComment() == null || form.getComment().isBlank() ? null : form.getComment().strip();
        FeedbackForm checked = new FeedbackForm(form.getRating(), comment);
        validator.check(checked).throwIfAny();
        long eventId = page.event().eventId();
        registrations.lockSeatOf(eventId, me);
        SessionFeedback f = feedback.findBySessionIdAndPersonId(sessionId, me)
                .orElseGet(() -> new SessionFeedback(sessionId, eventId, me));
        f.give(checked.getRating(), comment, clock.instant());
        feedback.saveAndFlush(f);
        live.publish(FeedbackUpdates.TOPIC, sessionId);
        return of(slug, sessionId).orElseThrow();
    }

    /** Withdraws the caller's feedback on a session (while it may still be changed); returns the state after. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public FeedbackState withdraw(String slug, long sessionId) {
        long me = currentUser.requireId();
        SessionPage page = openTo(slug, sessionId, me);
        registrations.lockSeatOf(page.event().eventId(), me);
        feedback.findBySessionIdAndPersonId(sessionId, me).ifPresent(f -> {
            feedback.delete(f);
            feedback.flush();
            live.publish(FeedbackUpdates.TOPIC, sessionId);
        });
        return of(slug, sessionId).orElseThrow();
    }

    /**
     * The feedback on an event's sessions at a glance, for its organizers (and admins; others are refused): how many
     * answered on how many sessions, the average once {@link #MIN_SHOWN} answered, and the most helpful session among
     * those with {@link #MIN_SHOWN} answers or more. Only sessions that take place in the published programme count.
     */
    public FeedbackFigures figures(String slug) {
        EventRef t = events.organized(slug);
        List<Object[]> all = feedback.ratingsBySession(t.eventId());
        Set<Long> held = takingPlace(all.stream().map(r -> (Long) r[0]).toList());
        List<Object[]> rows = all.stream().filter(r -> held.contains((Long) r[0])).toList();
        long answers = rows.stream().mapToLong(r -> (Long) r[1]).sum();
        double sum = rows.stream().mapToDouble(r -> (Long) r[1] * ((Number) r[2]).doubleValue()).sum();
        Optional<Object[]> best = rows.stream().filter(r -> (Long) r[1] >= MIN_SHOWN)
                .max(Comparator.<Object[]>comparingDouble(r -> ((Number) r[2]).doubleValue())
                        .thenComparingLong(r -> (Long) r[1]));
        return new FeedbackFigures(answers, rows.size(), answers >= MIN_SHOWN ? sum / answers : null,
                best.map(r -> new FeedbackFigures.Best(sessions.of(List.of((Long) r[0])).get((Long) r[0]).title(),
                        ((Number) r[2]).doubleValue(), (Long) r[1])).orElse(null));
    }

    /**
     * The event's session feedback as a CSV file for its organizers (and admins; others are refused), in
     * {@code locale} with its texts from {@code translate}: see {@link FeedbackCsv}. Only sessions that take place
     * in the published programme are in it.
     */
    public byte[] exportCsv(String slug, Locale locale, Function<String, String> translate) {
        EventRef t = events.organized(slug);
        List<SessionFeedback> given = feedback.findByEventId(t.eventId());
        Set<Long> held = takingPlace(given.stream().map(SessionFeedback::getSessionId).distinct().toList());
        List<SessionFeedback> all = given.stream().filter(f -> held.contains(f.getSessionId())).toList();
        return FeedbackCsv.write(all, sessions.of(all.stream().map(SessionFeedback::getSessionId).distinct().toList()),
                locale, translate);
    }

    /**
     * Of these sessions, those whose feedback counts: they take place in the published programme, neither cancelled
     * nor withdrawn (one query). Feedback on the others is kept, and counts again if a session is restored.
     */
    private Set<Long> takingPlace(List<Long> sessionIds) {
        return Set.copyOf(programmes.publishedScheduled(sessionIds).keySet());
    }

    /**
     * The session, if the caller may give feedback on it now; else why not, as a problem for the form. A session
     * that left the programme while its page was open (unplaced, withdrawn, the event or programme no longer
     * public) is such a problem too, not a page that is not found.
     */
    private SessionPage openTo(String slug, long sessionId, long me) {
        SessionPage page;
        try {
            page = schedules.session(slug, sessionId);
        } catch (NotFoundException e) {
            throw new InvalidInputException(null, "feedback.gone");
        }
        if (page.visibility() == Visibility.PUBLISHED && page.session().isCancelled()) {
            throw new InvalidInputException(null, "feedback.cancelled");
        }
        if (!rateable(page)) {
            throw new InvalidInputException(null, "feedback.not-published");
        }
        if (hosts(page).contains(me)) {
            throw new InvalidInputException(null, "feedback.own-session");
        }
        Instant now = clock.instant();
        if (now.isBefore(page.session().startsAt())) {
            throw new InvalidInputException(null, "feedback.not-started");
        }
        if (!now.isBefore(closesAt(page))) {
            throw new InvalidInputException(null, "feedback.closed");
        }
        return page;
    }

    private Giving giving(SessionPage page, long me) {
        if (!registrations.hasSeat(page.event().eventId(), me)) {
            return Giving.NONE;
        }
        if (clock.instant().isBefore(page.session().startsAt())) {
            return Giving.NOT_STARTED;
        }
        return open(page) ? Giving.OPEN : Giving.CLOSED;
    }

    private static Summary summary(List<SessionFeedback> all) {
        int count = all.size();
        if (count < MIN_SHOWN) {
            return new Summary(count, false, 0, List.of(), List.of());
        }
        List<Integer> perRating = new ArrayList<>(List.of(0, 0, 0, 0, 0));
        all.forEach(f -> perRating.set(f.getRating() - 1, perRating.get(f.getRating() - 1) + 1));
        double average = all.stream().mapToInt(SessionFeedback::getRating).average().orElse(0);
        // Best rated first, then by text: no order of arrival that could tell who wrote which.
        List<Comment> comments = all.stream().filter(f -> f.getComment() != null)
                .map(f -> new Comment(f.getRating(), f.getComment()))
                .sorted(Comparator.comparingInt(Comment::rating).reversed().thenComparing(Comment::text))
                .toList();
        return new Summary(count, true, average, List.copyOf(perRating), comments);
    }

    /** Whether feedback on the session may be given now (by whoever had a seat). */
    private boolean open(SessionPage page) {
        Instant now = clock.instant();
        return !now.isBefore(page.session().startsAt()) && now.isBefore(closesAt(page));
    }

    private static boolean rateable(SessionPage page) {
        return page.visibility() == Visibility.PUBLISHED && !page.session().isCancelled()
                && page.session().isPlaced();
    }

    private static Set<Long> hosts(SessionPage page) {
        return page.session().content().hostIds();
    }

    private static Instant closesAt(SessionPage page) {
        return page.event().endsAt().plus(OPEN_AFTER_EVENT);
    }
}
