package org.kogge.testing;

import java.util.List;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalFormat;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.SessionLanguage;
import org.kogge.registration.RegistrationService;
import org.springframework.stereotype.Component;

/**
 * A barcamp board of any size for heap and load measurements, built through the services: five topics, up to 200
 * registered hosts (bulk-inserted people), and {@code proposals} proposals with a title, a Markdown abstract of
 * some 250 characters, a format and a topic each. Proposals and voting are open, without a vote budget.
 */
@Component
public class BoardFixtures {

    private static final List<String> TOPICS = List.of("Smart Water", "Klimaanpassung", "Energie", "Mobilität",
            "Verwaltungsdigitalisierung");

    private final Fixtures fixtures;
    private final RegistrationService registrations;
    private final BarcampSettingsService barcampSettings;
    private final ProposalService proposals;

    public BoardFixtures(Fixtures fixtures, RegistrationService registrations, BarcampSettingsService barcampSettings,
                         ProposalService proposals) {
        this.fixtures = fixtures;
        this.registrations = registrations;
        this.barcampSettings = barcampSettings;
        this.proposals = proposals;
    }

    /** A published barcamp with {@code count} proposals; returns its slug. */
    public String board(int count) {
        String organizer = fixtures.person("Olga Orga", "orga" + count + "@board.example", Role.ORGANIZER).email();
        String slug = fixtures.event(organizer, "Barcamp mit " + count + " Vorschlägen", EventKind.BARCAMP, 20,
                EventState.PUBLISHED).slug();
        List<Long> topics = fixtures.as(organizer, () -> {
            registrations.changeCapacity(slug, 1000);
            barcampSettings.changePhases(slug, true, true, null);
            return TOPICS.stream().map(t -> barcampSettings.addTopic(slug, t).id()).toList();
        });
        List<String> hosts = fixtures.bulkAttendees("host" + count + "-", Math.min(count, 200));
        hosts.forEach(h -> fixtures.as(h, () -> registrations.register(slug)));
        ProposalFormat[] formats = ProposalFormat.values();
        for (int i = 0; i < count; i++) {
            ProposalForm f = new ProposalForm();
            f.setTitle("Session " + i + ": Sensornetze, Pegel und offene Daten im Kanal");
            f.setAbstractText("Wie **Sensoren** im Kanalnetz helfen: Füllstände, Qualität und Funk (LoRaWAN), "
                    + "Batterielaufzeiten und was die Daten im Betrieb wirklich bringen. Erfahrungen aus " + i
                    + " Städten, offene Fragen und ein Blick auf die Kosten für Betrieb und Wartung.");
            f.setFormat(formats[i % formats.length]);
            f.setLanguage(SessionLanguage.DE);
            f.setSlots(1);
            f.getTopicIds().add(topics.get(i % topics.size()));
            fixtures.as(hosts.get(i % hosts.size()), () -> proposals.propose(slug, f));
        }
        return slug;
    }
}
