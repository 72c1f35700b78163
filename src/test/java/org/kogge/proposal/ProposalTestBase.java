package org.kogge.proposal;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** A published barcamp with proposals and voting open and two topics, for the proposal feature's service tests. */
abstract class ProposalTestBase extends ServiceTestBase {

    @Autowired ProposalService proposals;
    @Autowired BarcampSettingsService barcampSettings;
    @Autowired ModerationService moderation;
    @Autowired BoardService boards;
    @Autowired VoteService votes;
    @Autowired CohostService cohosts;
    @Autowired RegistrationService registrations;
    @Autowired EntityManagerFactory emf;

    String organizer;
    String slug;
    long water;
    long energy;

    @BeforeEach
    void barcampWithPhasesOpen() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = fixtures.event(organizer, "Barcamp Smart Water", EventKind.BARCAMP, 30, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> {
            barcampSettings.changePhases(slug, true, true, null);
            water = barcampSettings.addTopic(slug, "Smart Water").id();
            energy = barcampSettings.addTopic(slug, "Energie").id();
        });
    }

    String participant(String name) {
        String email = fixtures.person(name, Role.EXPERT).email();
        fixtures.as(email, () -> registrations.register(slug));
        return email;
    }

    ProposalForm form(String title, long... topics) {
        ProposalForm f = new ProposalForm();
        f.setTitle(title);
        f.setAbstractText("Wie **Sensoren** im Kanal <script>alert(1)</script> helfen");
        f.setFormat(ProposalFormat.DISCUSSION);
        f.setLanguage(SessionLanguage.DE);
        f.setSlots(1);
        for (long t : topics) {
            f.getTopicIds().add(t);
        }
        return f;
    }
}
