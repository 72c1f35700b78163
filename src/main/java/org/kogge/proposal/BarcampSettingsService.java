package org.kogge.proposal;

import java.time.Clock;
import java.util.List;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.Texts;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the organizer of a barcamp sets before and during it: the phases (proposals open, voting open, the vote
 * budget) and the topics proposals are filed under.
 */
@Service
@Transactional(readOnly = true)
public class BarcampSettingsService {

    static final int TOPIC_MAX = 60;

    private final BarcampSettingsRepository settings;
    private final TopicRepository topics;
    private final EventGate events;
    private final LiveBroadcaster broadcaster;
    private final Clock clock;

    public BarcampSettingsService(BarcampSettingsRepository settings, TopicRepository topics, EventGate events,
                                  LiveBroadcaster broadcaster, Clock clock) {
        this.settings = settings;
        this.topics = topics;
        this.events = events;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    public BarcampPhases phases(String slug) {
        return phasesOf(events.visible(slug).ofKind(EventKind.BARCAMP).eventId());
    }

    @Transactional
    public BarcampPhases changePhases(String slug, boolean proposalsOpen, boolean votingOpen, Integer voteBudget) {
        EventRef t = events.organized(slug).ofKind(EventKind.BARCAMP);
        if (voteBudget != null && (voteBudget < 1 || voteBudget > 100)) {
            throw new InvalidInputException("voteBudget", "proposal.budget.range");
        }
        BarcampSettings s = settingsOf(t);
        s.change(proposalsOpen, votingOpen, voteBudget);
        broadcaster.publish(BoardUpdates.TOPIC, t.eventId());
        return toPhases(s);
    }

    /** Whether the organizers get a mail for each new proposal (organizers only: it is their inbox). */
    public boolean mailsNewProposals(String slug) {
        return mailsNewProposals(events.organized(slug).ofKind(EventKind.BARCAMP));
    }

    /** Switches the mail for each new proposal on or off, for all organizers of the barcamp. */
    @Transactional
    public boolean changeNewProposalMail(String slug, boolean on) {
        settingsOf(events.organized(slug).ofKind(EventKind.BARCAMP)).mailNewProposals(on);
        return on;
    }

    boolean mailsNewProposals(EventRef t) {
        return settings.findById(t.eventId()).map(BarcampSettings::isMailNewProposals).orElse(false);
    }

    private BarcampSettings settingsOf(EventRef t) {
        return settings.findById(t.eventId()).orElseGet(() -> settings.save(new BarcampSettings(t.eventId())));
    }

    public List<TopicDto> topics(String slug) {
        return topicsOf(events.visible(slug).eventId());
    }

    @Transactional
    public TopicDto addTopic(String slug, String name) {
        EventRef t = events.organized(slug).ofKind(EventKind.BARCAMP);
        String clean = Texts.oneLine(name);
        InputValidator.Problems problems = new InputValidator.Problems();
        problems.addIf(clean == null, "topic", "validation.required");
        problems.addIf(clean != null && clean.length() > TOPIC_MAX, "topic", "validation.too-long", 0, TOPIC_MAX);
        problems.addIf(clean != null && topicsOf(t.eventId()).stream().anyMatch(x -> x.name().equalsIgnoreCase(clean)),
                "topic", "proposal.topic.taken");
        problems.throwIfAny();
        Topic topic = topics.saveAndFlush(new Topic(t.eventId(), clean));
        return new TopicDto(topic.getId(), topic.getName());
    }

    @Transactional
    public void removeTopic(String slug, long topicId) {
        EventRef t = events.organized(slug);
        Topic topic = topics.findById(topicId).filter(x -> x.getEventId() == t.eventId())
                .orElseThrow(() -> new NotFoundException("topic " + topicId));
        topics.delete(topic);
        broadcaster.publish(BoardUpdates.TOPIC, t.eventId());
    }


    BarcampPhases phasesOf(long eventId) {
        return settings.findById(eventId).map(BarcampSettingsService::toPhases).orElse(BarcampPhases.CLOSED);
    }

    /**
     * The phases in force: the organizer's switches, but closed once the event is over, cancelled or archived
     * ({@link BarcampPhases#inForce}). The board shows these, and proposing and voting follow them.
     */
    BarcampPhases inForce(EventRef t) {
        return phasesOf(t.eventId()).inForce(t, clock.instant());
    }

    private static BarcampPhases toPhases(BarcampSettings s) {
        return new BarcampPhases(s.isProposalsOpen(), s.isVotingOpen(), s.getVoteBudget());
    }

    List<TopicDto> topicsOf(long eventId) {
        return topics.findByEventIdOrderByNameAsc(eventId).stream().map(x -> new TopicDto(x.getId(), x.getName())).toList();
    }
}
