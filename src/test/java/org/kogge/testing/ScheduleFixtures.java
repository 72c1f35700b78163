package org.kogge.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.kogge.account.Role;
import org.kogge.event.EventForm;
import org.kogge.event.EventKind;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.ModerationService;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalFormat;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.SessionLanguage;
import org.kogge.proposal.VoteService;
import org.kogge.registration.RegistrationService;
import org.springframework.stereotype.Component;

/**
 * Schedule test data through the real services: a published two-day barcamp over the night clocks go back
 * (Saturday 30 and Sunday 31 October 2027, Europe/Berlin), participants and accepted sessions with votes.
 */
@Component
public class ScheduleFixtures {

    /** The barcamp's first day; the second (the DST day) follows. */
    public static final LocalDate DAY1 = LocalDate.of(2027, 10, 30);
    public static final LocalDate DAY2 = DAY1.plusDays(1);

    private final Fixtures fixtures;
    private final EventService events;
    private final ProposalService proposals;
    private final BarcampSettingsService barcampSettings;
    private final ModerationService moderation;
    private final VoteService votes;
    private final RegistrationService registrations;

    public ScheduleFixtures(Fixtures fixtures, EventService events, ProposalService proposals,
                            BarcampSettingsService barcampSettings, ModerationService moderation, VoteService votes,
                            RegistrationService registrations) {
        this.fixtures = fixtures;
        this.events = events;
        this.proposals = proposals;
        this.barcampSettings = barcampSettings;
        this.moderation = moderation;
        this.votes = votes;
        this.registrations = registrations;
    }

    /** A published two-day barcamp of the organizer with proposals and voting open; returns its slug. */
    public String barcamp(String organizerEmail, String title) {
        return fixtures.as(organizerEmail, () -> {
            EventForm f = fixtures.eventForm(title, EventKind.BARCAMP, 30);
            f.setStart(LocalDateTime.of(DAY1, LocalTime.of(9, 0)));
            f.setEnd(LocalDateTime.of(DAY2, LocalTime.of(17, 0)));
            f.setCapacity(200);
            String slug = events.create(f).slug();
            events.changeState(slug, EventState.PUBLISHED);
            barcampSettings.changePhases(slug, true, true, null);
            return slug;
        });
    }

    /** A registered participant (an expert) of the barcamp. */
    public String participant(String slug, String displayName) {
        String email = fixtures.person(displayName, Role.EXPERT).email();
        fixtures.as(email, () -> registrations.register(slug));
        return email;
    }

    /** A session proposed by the host, accepted by the organizer; returns its id. */
    public long session(String slug, String organizerEmail, String hostEmail, String title, int slots) {
        long id = proposal(slug, hostEmail, title, slots);
        fixtures.as(organizerEmail, () -> moderation.accept(slug, id));
        return id;
    }

    /** An accepted one-slot session whose host asked for a step-free room; returns its id. */
    public long sessionNeedingStepFree(String slug, String organizerEmail, String hostEmail, String title) {
        ProposalForm f = form(title, 1);
        f.setNeedsStepFree(true);
        long id = fixtures.as(hostEmail, () -> proposals.propose(slug, f).id());
        fixtures.as(organizerEmail, () -> moderation.accept(slug, id));
        return id;
    }

    /** A session proposed by the host, not decided yet (open); returns its id. */
    public long proposal(String slug, String hostEmail, String title, int slots) {
        ProposalForm f = form(title, slots);
        return fixtures.as(hostEmail, () -> proposals.propose(slug, f).id());
    }

    private static ProposalForm form(String title, int slots) {
        ProposalForm f = new ProposalForm();
        f.setTitle(title);
        f.setAbstractText("Worum es in **" + title + "** geht");
        f.setFormat(ProposalFormat.DISCUSSION);
        f.setLanguage(SessionLanguage.DE);
        f.setSlots(slots);
        return f;
    }

    /** Votes for a session by the given (registered) voters. */
    public void votes(String slug, long sessionId, List<String> voterEmails) {
        for (String v : voterEmails) {
            fixtures.as(v, () -> votes.toggle(slug, sessionId));
        }
    }
}
