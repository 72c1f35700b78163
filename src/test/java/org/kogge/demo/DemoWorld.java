package org.kogge.demo;

import java.time.Clock;
import org.kogge.account.AccountService;
import org.kogge.account.LoginThrottle;
import org.kogge.account.RunAs;
import org.kogge.ceremony.CeremonyService;
import org.kogge.ceremony.InvitationMailService;
import org.kogge.ceremony.InvitationService;
import org.kogge.ceremony.RsvpService;
import org.kogge.common.KoggeProperties;
import org.kogge.event.EventService;
import org.kogge.network.NetworkService;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.ModerationService;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.VoteService;
import org.kogge.registration.RegistrationService;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.RoomSlotService;
import org.kogge.testing.DatabaseCleaner;
import org.springframework.stereotype.Component;

/**
 * The demo data (Smarte Hanse: one account per role, the Smart Water barcamp with a published programme, the signing
 * ceremony with agenda, signatories and guests, a past barcamp) for tests in the test profile, where the demo beans
 * do not exist: {@link #load()} empties the database and runs the same loader the demo profile runs at start-up, so
 * tests see the pages as a visitor of the demo does.
 */
@Component
public class DemoWorld {

    public static final String BARCAMP = "barcamp-smart-water";
    public static final String CEREMONY = "unterzeichnung-der-erweiterten-kooperationsvereinbarung";

    private final DatabaseCleaner cleaner;
    private final LoginThrottle loginThrottle;
    private final DemoData demo;

    public DemoWorld(DatabaseCleaner cleaner, LoginThrottle loginThrottle, NetworkService network,
                     AccountService accounts, EventService events, RunAs runAs, KoggeProperties properties, Clock clock,
                     RegistrationService registrations, ProposalService proposals,
                     BarcampSettingsService barcampSettings, ModerationService moderation, VoteService votes,
                     RoomSlotService roomSlots, PlanningService planning, BoardService boards,
                     CeremonyService ceremonies, InvitationService invitations,
                     InvitationMailService invitationMails, RsvpService rsvp) {
        this.cleaner = cleaner;
        this.loginThrottle = loginThrottle;
        this.demo = new DemoData(network, accounts, events, runAs, properties, clock,
                new DemoBarcamp(registrations, proposals, barcampSettings, moderation, votes, runAs),
                new DemoSchedule(roomSlots, planning, moderation, boards, runAs),
                new DemoCeremony(ceremonies, invitations, invitationMails, rsvp, runAs));
    }

    /** An empty database, then the demo data as the demo profile loads it. */
    public void load() {
        cleaner.clean();
        loginThrottle.forgetAll();
        demo.load();
    }
}
