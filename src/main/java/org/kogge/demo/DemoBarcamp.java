package org.kogge.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.kogge.account.Role;
import org.kogge.account.RunAs;
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
 * The Smart Water barcamp's programme for the demo: topics, experts of the member cities who registered, about
 * twenty session proposals and their votes. Phases stay open so that visitors can try proposing and voting.
 */
@Component
class DemoBarcamp {

    private record Idea(String title, String text, ProposalFormat format, String topic, int slots) {
    }

    private static final List<String> TOPICS = List.of("Smart Water", "Klimaanpassung", "Energie", "Mobilität",
            "Verwaltungsdigitalisierung");

    private static final List<Idea> IDEAS = List.of(
            new Idea("Sensornetze im Abwasserkanal", "Füllstands- und Qualitätssensoren im Kanalnetz: Funk (LoRaWAN), Batterielaufzeiten und was die Daten im Betrieb wirklich bringen.", ProposalFormat.TALK, "Smart Water", 1),
            new Idea("Starkregen-Frühwarnung für Quartiere", "Radar-Nowcasting, Pegel und Kanalsensoren zu einer Warnung verbinden, die Anwohnende rechtzeitig erreicht.", ProposalFormat.DISCUSSION, "Klimaanpassung", 1),
            new Idea("Vorausschauende Instandhaltung von Trinkwasserleitungen", "Rohrbruchdaten, Materialalter und Bodenbewegung: ein Modell, das Sanierungen priorisiert.", ProposalFormat.TALK, "Smart Water", 1),
            new Idea("Wassersensible Stadtplanung: Schwammstadt in der Praxis", "Mulden, Rigolen, Gründächer: was Lübeck und Rostock gebaut haben und wie man es misst.", ProposalFormat.DISCUSSION, "Klimaanpassung", 2),
            new Idea("Pegeldaten als Open Data", "Wie Kiel Pegelstände offen bereitstellt und wer sie nutzt.", ProposalFormat.TALK, "Verwaltungsdigitalisierung", 1),
            new Idea("LoRaWAN-Netz gemeinsam betreiben", "Ein Funknetz für mehrere Städte und Stadtwerke: Betrieb, Kosten, Verträge.", ProposalFormat.WORKSHOP, "Smart Water", 2),
            new Idea("Digitaler Zwilling des Entwässerungsnetzes", "Vom GIS zum hydraulischen Modell, das live mit Sensordaten läuft.", ProposalFormat.TALK, "Smart Water", 1),
            new Idea("Hitzeschutz und Trinkbrunnen", "Trinkbrunnen planen, betreiben und ihre Nutzung messen.", ProposalFormat.DISCUSSION, "Klimaanpassung", 1),
            new Idea("Smarte Bewässerung von Stadtbäumen", "Bodenfeuchtesensoren an Straßenbäumen: Gießen nach Bedarf statt nach Plan.", ProposalFormat.HANDS_ON, "Klimaanpassung", 1),
            new Idea("Energie aus Abwasserwärme", "Wärmetauscher im Kanal: Potenziale für die kommunale Wärmeplanung.", ProposalFormat.TALK, "Energie", 1),
            new Idea("Kläranlage als Energieerzeugerin", "Faulgas, Photovoltaik und Lastmanagement auf der Kläranlage Neubrandenburg.", ProposalFormat.TALK, "Energie", 1),
            new Idea("Datenplattform für Umweltsensoren", "Eine urbane Datenplattform für alle Sensoren der Stadt: FIWARE oder schlank selbst gebaut?", ProposalFormat.DISCUSSION, "Verwaltungsdigitalisierung", 1),
            new Idea("Vergabe von IoT-Projekten", "Ausschreibungen für Sensorik und Plattformen, die nicht in der Abhängigkeit enden.", ProposalFormat.DISCUSSION, "Verwaltungsdigitalisierung", 1),
            new Idea("Überflutungskarten für Bürgerinnen und Bürger", "Starkregengefahrenkarten verständlich veröffentlichen.", ProposalFormat.WORKSHOP, "Klimaanpassung", 1),
            new Idea("Leckageortung mit akustischen Sensoren", "Erfahrungen aus Schwerin mit Geräuschloggern im Trinkwassernetz.", ProposalFormat.TALK, "Smart Water", 1),
            new Idea("Sensor-Bastelstunde: Pegelsensor selbst bauen", "Wir bauen gemeinsam einen Ultraschall-Pegelsensor mit Mikrocontroller.", ProposalFormat.HANDS_ON, "Smart Water", 2),
            new Idea("Ostsee-Pegel und Hochwasserschutz", "Wie Wismar und Stralsund sich auf steigende Wasserstände vorbereiten.", ProposalFormat.DISCUSSION, "Klimaanpassung", 1),
            new Idea("Regenwasser in der Mobilitätsplanung", "Versickerungsflächen statt Parkplätze: Konflikte und Lösungen.", ProposalFormat.DISCUSSION, "Mobilität", 1),
            new Idea("Daten teilen zwischen Stadtwerken und Verwaltung", "Datenschutz, Verträge und Schnittstellen für gemeinsame Wasserdaten.", ProposalFormat.DISCUSSION, "Verwaltungsdigitalisierung", 1),
            new Idea("Smart Water in English: lessons from Aarhus", "A guest view on what Danish cities learned from sensor-based water management.", ProposalFormat.TALK, "Smart Water", 1));

    /** Experts of the member cities who sign up for the barcamp (see {@link DemoSignups}). */
    static final List<DemoSignups.Person> EXPERTS = Stream.of(
            new String[] {"Jana Petersen", "jana.petersen@smarte-hanse.example", "Kiel", "Landeshauptstadt Kiel, Tiefbauamt"},
            new String[] {"Malte Voss", "malte.voss@smarte-hanse.example", "Rostock", "Nordwasser Rostock"},
            new String[] {"Sabine Krüger", "sabine.krueger@smarte-hanse.example", "Schwerin", "Stadtwerke Schwerin"},
            new String[] {"Henrik Lange", "henrik.lange@smarte-hanse.example", "Stralsund", "Hansestadt Stralsund, Umweltamt"},
            new String[] {"Aylin Demir", "aylin.demir@smarte-hanse.example", "Wismar", "Hansestadt Wismar, Digitalisierung"},
            new String[] {"Lars Brandt", "lars.brandt@smarte-hanse.example", "Lübeck", "Entsorgungsbetriebe Lübeck"})
            .map(e -> new DemoSignups.Person(e[0], e[1], e[3], e[2], Set.of(Role.EXPERT))).toList();

    private final RegistrationService registrations;
    private final ProposalService proposals;
    private final BarcampSettingsService barcampSettings;
    private final ModerationService moderation;
    private final VoteService votes;
    private final RunAs runAs;

    DemoBarcamp(RegistrationService registrations, ProposalService proposals,
                BarcampSettingsService barcampSettings, ModerationService moderation,
                VoteService votes, RunAs runAs) {
        this.registrations = registrations;
        this.proposals = proposals;
        this.barcampSettings = barcampSettings;
        this.moderation = moderation;
        this.votes = votes;
        this.runAs = runAs;
    }

    void fill(String organizer, String expert, String attendee, String slug, DemoSignups signups) {
        runAs.as(organizer, () -> {
            barcampSettings.changePhases(slug, true, true, 5);
            TOPICS.forEach(t -> barcampSettings.addTopic(slug, t));
        });
        List<String> hosts = new ArrayList<>(List.of(expert, organizer));
        EXPERTS.forEach(e -> hosts.add(e.email()));
        List<String> everyone = new ArrayList<>(hosts);
        everyone.add(attendee);
        for (String p : everyone) {
            signups.person(p);
            runAs.as(p, () -> registrations.register(slug));
        }

        var topicIds = runAs.as(organizer, () -> barcampSettings.topics(slug));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < IDEAS.size(); i++) {
            Idea idea = IDEAS.get(i);
            ProposalForm f = new ProposalForm();
            f.setTitle(idea.title());
            f.setAbstractText(idea.text());
            f.setFormat(idea.format());
            f.setSlots(idea.slots());
            f.setLanguage(idea.title().contains("English") ? SessionLanguage.EN : SessionLanguage.DE);
            topicIds.stream().filter(t -> t.name().equals(idea.topic())).forEach(t -> f.getTopicIds().add(t.id()));
            String host = hosts.get(i % hosts.size());
            ids.add(runAs.as(host, () -> proposals.propose(slug, f)).id());
        }
        // Each participant votes for up to five sessions of others; popularity falls off along the list.
        for (int v = 0; v < everyone.size(); v++) {
            String voter = everyone.get(v);
            int cast = 0;
            for (int k = 0; k < ids.size() && cast < 5; k++) {
                int idx = (k * 3 + v) % ids.size();
                if (idx % hosts.size() == v || (idx + v) % 4 == 3) {
                    continue;
                }
                long proposal = ids.get(idx);
                try {
                    runAs.as(voter, () -> votes.toggle(slug, proposal));
                    cast++;
                } catch (org.kogge.common.InvalidInputException ownProposal) {
                    // hosts cannot vote for their own sessions; skip
                }
            }
        }
        runAs.as(organizer, () -> {
            moderation.accept(slug, ids.get(0));
            moderation.accept(slug, ids.get(1));
            moderation.accept(slug, ids.get(3));
        });
    }
}
