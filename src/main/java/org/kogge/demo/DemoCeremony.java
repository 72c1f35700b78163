package org.kogge.demo;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.kogge.account.RunAs;
import org.kogge.ceremony.AgendaItemForm;
import org.kogge.ceremony.AgreementForm;
import org.kogge.ceremony.CeremonyContent;
import org.kogge.ceremony.CeremonyService;
import org.kogge.ceremony.CeremonySettingsForm;
import org.kogge.ceremony.GuestForm;
import org.kogge.ceremony.GuestRole;
import org.kogge.ceremony.GuestRow;
import org.kogge.ceremony.InvitationMailService;
import org.kogge.ceremony.InvitationService;
import org.kogge.ceremony.RsvpForm;
import org.kogge.ceremony.RsvpService;
import org.kogge.ceremony.SignatoryForm;
import org.springframework.stereotype.Component;

/**
 * The signing ceremony's programme for the demo: the extended cooperation agreement, the agenda in Lübeck's town
 * hall (welcome by the host, statements of the new members Neubrandenburg, Schwerin and Kiel, signing, press photo,
 * reception), the signatories of the member cities in signing order, and invited guests in every state of their
 * answer. People are fictional; offices and cities are real.
 */
@Component
class DemoCeremony {

    private final CeremonyService ceremonies;
    private final InvitationService invitations;
    private final InvitationMailService invitationMails;
    private final RsvpService rsvp;
    private final RunAs runAs;

    DemoCeremony(CeremonyService ceremonies, InvitationService invitations, InvitationMailService invitationMails,
                 RsvpService rsvp, RunAs runAs) {
        this.ceremonies = ceremonies;
        this.invitationMails = invitationMails;
        this.invitations = invitations;
        this.rsvp = rsvp;
        this.runAs = runAs;
    }

    void fill(String organizer, String slug) {
        List<GuestRow> guests = runAs.as(organizer, () -> {
            CeremonyContent c = ceremonies.forOrganizer(slug);
            ZoneId zone = c.zone();
            LocalDateTime start = c.startsAt().atZone(zone).toLocalDateTime();
            ceremonies.saveAgreement(slug, new AgreementForm("Erweiterte Kooperationsvereinbarung der Smarten Hanse",
                    "Die Mitgliedsstädte vereinbaren eine gemeinsame urbane Datenplattform, den offenen Austausch von "
                            + "Sensordaten der Daseinsvorsorge und gemeinsame Beschaffung. Neubrandenburg, Schwerin und "
                            + "Kiel treten dem Netzwerk bei.",
                    "https://www.luebeck.de/"));
            agenda(start, 0, 15, "Begrüßung durch die Gastgeberstadt", "Katrin Albers", "Bürgermeisterin",
                    "Hansestadt Lübeck", slug);
            agenda(start, 15, 10, "Statement der Stadt Neubrandenburg", "Thomas Brandt", "Oberbürgermeister",
                    "Neubrandenburg", slug);
            agenda(start, 25, 10, "Statement der Landeshauptstadt Schwerin", "Mareike Sommer", "Oberbürgermeisterin",
                    "Landeshauptstadt Schwerin", slug);
            agenda(start, 35, 10, "Statement der Landeshauptstadt Kiel", "Jens Ohlsen", "Oberbürgermeister",
                    "Landeshauptstadt Kiel", slug);
            agenda(start, 45, 25, "Unterzeichnung der Vereinbarung", null, null, null, slug);
            agenda(start, 70, 10, "Pressefoto vor dem Audienzsaal", null, null, null, slug);
            agenda(start, 80, 100, "Empfang im Foyer des Rathauses", "Katrin Albers", "Bürgermeisterin",
                    "Hansestadt Lübeck", slug);

            signatory("Katrin Albers", "Bürgermeisterin", "Hansestadt Lübeck", null, slug);
            signatory("Thomas Brandt", "Oberbürgermeister", "Neubrandenburg", null, slug);
            signatory("Mareike Sommer", "Oberbürgermeisterin", "Landeshauptstadt Schwerin", null, slug);
            signatory("Jens Ohlsen", "Oberbürgermeister", "Landeshauptstadt Kiel", "Stadträtin Birte Lorenzen", slug);
            signatory("Claudia Reimers", "Oberbürgermeisterin", "Hanse- und Universitätsstadt Rostock", null, slug);
            signatory("Lars Petersen", "Oberbürgermeister", "Hansestadt Stralsund", null, slug);
            signatory("Heike Wendt", "Bürgermeisterin", "Hansestadt Wismar", "Senator Ole Harms", slug);

            ceremonies.saveSettings(slug, new CeremonySettingsForm(start.minusDays(7).withHour(23).withMinute(59), 1, false));
            return invitations.invite(slug, List.of(
                    new GuestForm("Dr. Ingrid Hansen", "ingrid.hansen@smarte-hanse.example", "Landtag Schleswig-Holstein", GuestRole.GUEST),
                    new GuestForm("Peter Möller", "peter.moeller@smarte-hanse.example", "Lübecker Nachrichten", GuestRole.PRESS),
                    new GuestForm("Svenja Kruse", "svenja.kruse@smarte-hanse.example", "NDR", GuestRole.PRESS),
                    new GuestForm("Felix Wagner", "felix.wagner@smarte-hanse.example", "Büro der Oberbürgermeisterin Schwerin", GuestRole.STAFF),
                    new GuestForm("Aylin Demir", "aylin.demir@smarte-hanse.example", "Stadtwerke Lübeck", GuestRole.GUEST),
                    new GuestForm("Hauke Jensen", "hauke.jensen@smarte-hanse.example", "IHK zu Lübeck", GuestRole.GUEST),
                    new GuestForm("Marta Nowak", "marta.nowak@smarte-hanse.example", "Partnerstadt Gdańsk", GuestRole.GUEST),
                    new GuestForm("Jörg Schütt", "joerg.schuett@smarte-hanse.example", "Büro des Oberbürgermeisters Kiel", GuestRole.STAFF)));
        });
        // Invitations by mail to all but the last two guests (their column says "not sent"): the admins' mail page
        // shows them captured, and each "yes" below adds its confirmation with the ceremony's .ics.
        runAs.as(organizer, () -> invitationMails.send(slug,
                guests.subList(0, guests.size() - 2).stream().map(GuestRow::id).toList()));
        // Answers as the guests would give them through their links: accepted, declined, and some still open.
        answer(guests.get(0), true, 1, "Ich komme mit dem Rollstuhl; bitte einen ebenerdigen Zugang.");
        answer(guests.get(1), true, 0, null);
        answer(guests.get(3), true, 0, null);
        answer(guests.get(4), false, 0, "Leider ein Termin in Berlin.");
        answer(guests.get(6), true, 1, null);
    }

    private void agenda(LocalDateTime start, int offset, int minutes, String title, String speaker, String office,
                        String city, String slug) {
        ceremonies.saveAgendaItem(slug, null,
                new AgendaItemForm(start.plusMinutes(offset), minutes, title, speaker, office, city));
    }

    private void signatory(String name, String office, String organisation, String representedBy, String slug) {
        ceremonies.saveSignatory(slug, null, new SignatoryForm(name, office, organisation, representedBy));
    }

    private void answer(GuestRow guest, boolean yes, int companions, String note) {
        String token = guest.link().substring(guest.link().lastIndexOf('/') + 1);
        rsvp.answer(token, new RsvpForm(yes, companions, note));
    }
}
