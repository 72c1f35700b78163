package org.kogge.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.StaleEditException;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.registration.RegistrationService;
import org.kogge.registration.RegistrationStatus;
import org.kogge.registration.RegistrationWindow;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class CeremonyServiceTest extends ServiceTestBase {

    @Autowired
    CeremonyService ceremonies;
    @Autowired
    RegistrationService registrations;
    @Autowired
    CeremonyFixtures ceremonyFixtures;

    String organizer;
    String slug;
    LocalDateTime start;

    @BeforeEach
    void ceremony() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = ceremonyFixtures.ceremony(organizer, "Unterzeichnung");
        login(organizer);
        CeremonyContent c = ceremonies.forOrganizer(slug);
        start = c.startsAt().atZone(ZoneId.of("Europe/Berlin")).toLocalDateTime();
    }

    private AgendaItemForm item(int minutesAfterStart, int minutes, String title) {
        return new AgendaItemForm(start.plusMinutes(minutesAfterStart), minutes, title, "Jan Lindenau",
                "Bürgermeister", "Lübeck");
    }

    private static String problem(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.problems().get(0).field() + ":" + e.problems().get(0).messageKey();
        }
        throw new AssertionError("no problem reported");
    }

    @Test
    void agendaIsOrderedByTimeAndAdjacentItemsAreFine() {
        ceremonies.saveAgendaItem(slug, null, item(30, 15, "Statements"));
        ceremonies.saveAgendaItem(slug, null, item(0, 30, "Begrüßung"));
        CeremonyContent c = ceremonies.saveAgendaItem(slug, null, item(45, 15, "Unterzeichnung"));

        assertThat(c.agenda()).extracting(AgendaEntry::title).containsExactly("Begrüßung", "Statements", "Unterzeichnung");
        assertThat(c.agenda().get(0).speaker()).isEqualTo("Jan Lindenau, Bürgermeister, Lübeck");
        assertThat(c.agenda().get(0).endsAt()).isEqualTo(c.agenda().get(1).startsAt());
    }

    @Test
    void agendaMustFitInsideTheEventAndNotOverlap() {
        ceremonies.saveAgendaItem(slug, null, item(0, 30, "Begrüßung"));

        assertThat(problem(() -> ceremonies.saveAgendaItem(slug, null, item(-10, 20, "Zu früh"))))
                .isEqualTo("start:ceremony.agenda.before-start");
        assertThat(problem(() -> ceremonies.saveAgendaItem(slug, null, item(5 * 60 + 50, 20, "Zu spät"))))
                .isEqualTo("minutes:ceremony.agenda.after-end");
        assertThat(problem(() -> ceremonies.saveAgendaItem(slug, null, item(20, 20, "Überlappt"))))
                .isEqualTo("start:ceremony.agenda.overlap");
        assertThat(problem(() -> ceremonies.saveAgendaItem(slug, null, item(60, 0, "Null Minuten"))))
                .isEqualTo("minutes:ceremony.agenda.duration.range");
        assertThat(problem(() -> ceremonies.saveAgendaItem(slug, null, new AgendaItemForm(start, 10, " ", null, null, null))))
                .isEqualTo("title:validation.required");
        try {
            ceremonies.saveAgendaItem(slug, null, item(20, 20, "Überlappt"));
        } catch (InvalidInputException e) {
            assertThat(e.problems().get(0).args()).containsExactly("Begrüßung", "10:00", "10:30");
        }
        assertThat(ceremonies.forOrganizer(slug).agenda()).hasSize(1);
    }

    @Test
    void anItemMayBeMovedOverItsOwnOldTimeAndDeleted() {
        long id = ceremonies.saveAgendaItem(slug, null, item(0, 30, "Begrüßung")).agenda().get(0).id();
        ceremonies.saveAgendaItem(slug, null, item(60, 30, "Empfang"));

        CeremonyContent c = ceremonies.saveAgendaItem(slug, id, item(10, 40, "Begrüßung durch den Bürgermeister"));
        assertThat(c.agenda()).extracting(AgendaEntry::title).containsExactly("Begrüßung durch den Bürgermeister", "Empfang");
        assertThat(ceremonies.agendaForm(slug, id).getMinutes()).isEqualTo(40);
        assertThat(problem(() -> ceremonies.saveAgendaItem(slug, id, item(50, 30, "Begrüßung"))))
                .isEqualTo("start:ceremony.agenda.overlap");

        assertThat(ceremonies.deleteAgendaItem(slug, id).agenda()).extracting(AgendaEntry::title).containsExactly("Empfang");
    }

    @Test
    void agreementLinkMustBeHttpOrHttps() {
        for (String bad : List.of("javascript:alert(1)", "ftp://example.org/a.pdf", "www.luebeck.de", "https://")) {
            assertThat(problem(() -> ceremonies.saveAgreement(slug, new AgreementForm("Vereinbarung", null, bad))))
                    .as(bad).isEqualTo("url:ceremony.agreement.url.invalid");
        }
        CeremonyContent c = ceremonies.saveAgreement(slug, new AgreementForm("  Erweiterte Kooperationsvereinbarung ",
                "Gemeinsame Datenplattform.", "https://www.luebeck.de/vereinbarung.pdf"));
        assertThat(c.agreementTitle()).isEqualTo("Erweiterte Kooperationsvereinbarung");
        assertThat(c.agreementUrl()).isEqualTo("https://www.luebeck.de/vereinbarung.pdf");
        assertThat(ceremonies.content(slug).agreementSummary()).isEqualTo("Gemeinsame Datenplattform.");
    }

    @Test
    void settingsAreChecked() {
        assertThat(problem(() -> ceremonies.saveSettings(slug, new CeremonySettingsForm(null, 11, false))))
                .isEqualTo("maxCompanions:ceremony.settings.companions.range");
        assertThat(problem(() -> ceremonies.saveSettings(slug, new CeremonySettingsForm(start.plusMinutes(1), 1, false))))
                .isEqualTo("rsvpDeadline:ceremony.settings.deadline.after-start");
        CeremonyContent c = ceremonies.saveSettings(slug, new CeremonySettingsForm(start.minusDays(2), 2, false));
        assertThat(c.maxCompanions()).isEqualTo(2);
        assertThat(c.rsvpDeadline()).isEqualTo(start.minusDays(2).atZone(ZoneId.of("Europe/Berlin")).toInstant());
        assertThat(c.answersCloseAt()).isEqualTo(c.rsvpDeadline());
    }

    @Test
    void invitationOnlyCeremoniesRefuseOpenRegistrationUntilOpenedToThePublic() {
        String anna = fixtures.person("Anna Anmeldend").email();
        assertThat(registrations.window(slug).phase()).isEqualTo(RegistrationWindow.Phase.INVITATION_ONLY);
        assertThatThrownBy(() -> fixtures.as(anna, () -> registrations.register(slug)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("ceremony.invitation-only"));

        assertThat(ceremonies.saveSettings(slug, new CeremonySettingsForm(null, 0, true)).openToPublic()).isTrue();
        assertThat(registrations.window(slug).phase()).isEqualTo(RegistrationWindow.Phase.OPEN);
        assertThat(fixtures.as(anna, () -> registrations.register(slug)).status()).isEqualTo(RegistrationStatus.REGISTERED);

        ceremonies.saveSettings(slug, new CeremonySettingsForm(null, 0, false));
        String bernd = fixtures.person("Bernd Bittsteller").email();
        assertThatThrownBy(() -> fixtures.as(bernd, () -> registrations.register(slug)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(registrations.counts(slug).registered()).isEqualTo(1);
    }

    @Test
    void barcampsAreOpenAndHaveNoCeremonyPart() {
        String barcamp = fixtures.event(organizer, "Barcamp", EventKind.BARCAMP, 10, EventState.PUBLISHED).slug();
        assertThat(registrations.window(barcamp).phase()).isEqualTo(RegistrationWindow.Phase.OPEN);
        assertThatThrownBy(() -> ceremonies.content(barcamp)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ceremonies.saveAgreement(barcamp, new AgreementForm("x", null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void signatoriesKeepTheirSigningOrder() {
        ceremonies.saveSignatory(slug, null, new SignatoryForm("Jan Lindenau", "Bürgermeister", "Hansestadt Lübeck", null));
        ceremonies.saveSignatory(slug, null, new SignatoryForm("Silvio Witt", "Oberbürgermeister", "Neubrandenburg", null));
        CeremonyContent c = ceremonies.saveSignatory(slug, null,
                new SignatoryForm("Ulf Kämpfer", "Oberbürgermeister", "Landeshauptstadt Kiel", "Renate Treutel"));
        List<Long> ids = c.signatories().stream().map(SignatoryEntry::id).toList();
        assertThat(c.signatories()).extracting(SignatoryEntry::order).containsExactly(1, 2, 3);
        assertThat(c.signatories().get(2).isRepresented()).isTrue();

        c = ceremonies.reorderSignatories(slug, List.of(ids.get(2), ids.get(0), ids.get(1)));
        assertThat(c.signatories()).extracting(SignatoryEntry::name).containsExactly("Ulf Kämpfer", "Jan Lindenau", "Silvio Witt");

        c = ceremonies.moveSignatory(slug, ids.get(1), -1);
        assertThat(c.signatories()).extracting(SignatoryEntry::name).containsExactly("Ulf Kämpfer", "Silvio Witt", "Jan Lindenau");
        c = ceremonies.moveSignatory(slug, ids.get(2), -1);
        assertThat(c.signatories()).extracting(SignatoryEntry::name).containsExactly("Ulf Kämpfer", "Silvio Witt", "Jan Lindenau");

        assertThat(problem(() -> ceremonies.reorderSignatories(slug, List.of(ids.get(0), ids.get(1)))))
                .isEqualTo("null:ceremony.signatories.changed");
        assertThat(problem(() -> ceremonies.saveSignatory(slug, null, new SignatoryForm("Ohne Stadt", null, " ", null))))
                .isEqualTo("organisation:validation.required");

        c = ceremonies.deleteSignatory(slug, ids.get(2));
        assertThat(c.signatories()).extracting(SignatoryEntry::name).containsExactly("Silvio Witt", "Jan Lindenau");
        assertThat(c.signatories()).extracting(SignatoryEntry::order).containsExactly(1, 2);
    }

    // ---- two organizers editing at once -------------------------------------------------------------------------

    @Test
    void agreementSavedFromAnOlderVersionIsRefusedEvenBeforeTheFirstSave() {
        CeremonyContent loaded = ceremonies.forOrganizer(slug);
        AgreementForm first = AgreementForm.of(loaded);
        AgreementForm second = AgreementForm.of(loaded);
        first.setTitle("Kooperationsvereinbarung");
        ceremonies.saveAgreement(slug, first);
        second.setTitle("Absichtserklärung");
        second.setSummary("Von der zweiten Organisatorin");

        assertThatThrownBy(() -> ceremonies.saveAgreement(slug, second)).isInstanceOf(StaleEditException.class);
        CeremonyContent stored = ceremonies.forOrganizer(slug);
        assertThat(stored.agreementTitle()).isEqualTo("Kooperationsvereinbarung");
        assertThat(stored.agreementSummary()).isNull();

        second.setVersion(stored.version());
        assertThat(ceremonies.saveAgreement(slug, second).agreementTitle()).isEqualTo("Absichtserklärung");
    }

    @Test
    void settingsSavedFromAnOlderVersionAreRefused() {
        CeremonyContent loaded = ceremonies.forOrganizer(slug);
        CeremonySettingsForm first = CeremonySettingsForm.of(loaded);
        CeremonySettingsForm second = CeremonySettingsForm.of(loaded);
        first.setMaxCompanions(2);
        ceremonies.saveSettings(slug, first);
        second.setMaxCompanions(5);
        second.setOpenToPublic(true);

        assertThatThrownBy(() -> ceremonies.saveSettings(slug, second)).isInstanceOf(StaleEditException.class);
        CeremonyContent stored = ceremonies.forOrganizer(slug);
        assertThat(stored.maxCompanions()).isEqualTo(2);
        assertThat(stored.openToPublic()).isFalse();
    }

    @Test
    void agendaItemSavedFromAnOlderVersionIsRefused() {
        long id = ceremonies.saveAgendaItem(slug, null, item(0, 30, "Begrüßung")).agenda().get(0).id();
        AgendaItemForm first = ceremonies.agendaForm(slug, id);
        AgendaItemForm second = ceremonies.agendaForm(slug, id);
        first.setTitle("Begrüßung durch die Gastgeberin");
        ceremonies.saveAgendaItem(slug, id, first);
        second.setMinutes(20);
        second.setSpeakerName("Silvio Witt");

        assertThatThrownBy(() -> ceremonies.saveAgendaItem(slug, id, second)).isInstanceOf(StaleEditException.class);
        AgendaItemForm stored = ceremonies.agendaForm(slug, id);
        assertThat(stored.getTitle()).isEqualTo("Begrüßung durch die Gastgeberin");
        assertThat(stored.getMinutes()).isEqualTo(30);
        assertThat(stored.getSpeakerName()).isEqualTo("Jan Lindenau");
    }

    @Test
    void signatorySavedFromAnOlderVersionIsRefused() {
        long id = ceremonies.saveSignatory(slug, null, new SignatoryForm("Jan Lindenau", "Bürgermeister", "Lübeck", null))
                .signatories().get(0).id();
        SignatoryForm first = ceremonies.signatoryForm(slug, id);
        SignatoryForm second = ceremonies.signatoryForm(slug, id);
        first.setRepresentedBy("Renate Treutel");
        ceremonies.saveSignatory(slug, id, first);
        second.setOffice("Oberbürgermeister");

        assertThatThrownBy(() -> ceremonies.saveSignatory(slug, id, second)).isInstanceOf(StaleEditException.class);
        SignatoryForm stored = ceremonies.signatoryForm(slug, id);
        assertThat(stored.getRepresentedBy()).isEqualTo("Renate Treutel");
        assertThat(stored.getOffice()).isEqualTo("Bürgermeister");
    }

    @Test
    void changesRaiseTheCalendarSequence() {
        int before = ceremonies.forOrganizer(slug).icalSequence();
        ceremonies.saveAgendaItem(slug, null, item(0, 30, "Begrüßung"));
        assertThat(ceremonies.forOrganizer(slug).icalSequence()).isGreaterThan(before);
    }

    @Test
    void onlyTheCeremonysOrganizersAndAdminsChangeIt() {
        String attendee = fixtures.person("Anton Attendee").email();
        String expert = fixtures.person("Erika Expertin", Role.EXPERT).email();
        String other = fixtures.person("Otto Other", Role.ORGANIZER).email();
        for (String who : List.of(attendee, expert, other)) {
            assertThatThrownBy(() -> fixtures.as(who, () -> ceremonies.saveAgendaItem(slug, null, item(0, 30, "x"))))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> ceremonies.forOrganizer(slug)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        logout();
        assertThatThrownBy(() -> ceremonies.saveSignatory(slug, null, new SignatoryForm("x", null, "y", null)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThat(fixtures.as(Fixtures.ADMIN, () -> ceremonies.saveAgendaItem(slug, null, item(0, 30, "Admin"))).agenda())
                .hasSize(1);
        assertThat(ceremonies.content(slug).agenda()).hasSize(1);
    }
}
