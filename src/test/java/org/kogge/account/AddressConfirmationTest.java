package org.kogge.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalFormat;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.SessionLanguage;
import org.kogge.proposal.VoteService;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.Fixtures;
import org.kogge.testing.MailTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** Double opt-in through a real SMTP server: the link after sign-up and after a new address, what waits for it. */
class AddressConfirmationTest extends MailTestBase {

    /** Now, stopped: the events of these tests lie ahead in real time, and sign-ups age by the app's clock. */
    Instant t0;

    @Autowired AddressConfirmationService confirmations;
    @Autowired AccountService accounts;
    @Autowired RegistrationService registrations;
    @Autowired ProposalService proposals;
    @Autowired VoteService votes;
    @Autowired BarcampSettingsService barcamps;

    String slug;
    long proposalId;

    @BeforeEach
    void barcampWithAProposal() {
        t0 = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        clock.stopAt(t0);
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = fixtures.event(organizer, "Barcamp Smart Water", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> barcamps.changePhases(slug, true, true, null));
        String host = fixtures.person("Hanna Host").email();
        fixtures.as(host, () -> registrations.register(slug));
        proposalId = fixtures.as(host, () -> proposals.propose(slug, proposal("Pegel messen"))).id();
        deliver();
    }

    @Test
    void untilTheAddressIsConfirmedThePersonMayLogInButNotRegisterProposeOrVote() {
        PersonDto greta = fixtures.unconfirmedPerson("Greta Gans");

        MimeMessage mail = single(mailsTo(greta.email()));
        assertThat(subject(mail)).isEqualTo("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        String token = lastSegment(linkIn(mail, "/confirm/"));

        login(greta.email());
        assertThat(confirmations.callerMustConfirm()).isTrue();
        assertThat(problemOf(() -> registrations.register(slug))).isEqualTo("null:account.confirm.required");
        assertThat(problemOf(() -> proposals.propose(slug, proposal("Mein Vorschlag"))))
                .isEqualTo("null:account.confirm.required");
        assertThat(problemOf(() -> votes.toggle(slug, proposalId))).isEqualTo("null:account.confirm.required");

        logout();
        assertThat(confirmations.confirm(token)).isEqualTo(LinkState.VALID);
        assertThat(confirmations.confirm(token)).isEqualTo(LinkState.USED);

        login(greta.email());
        assertThat(confirmations.callerMustConfirm()).isFalse();
        registrations.register(slug);
        assertThat(votes.toggle(slug, proposalId)).isNotNull();
    }

    @Test
    void sendingTheLinkAgainReplacesTheOlderOne() {
        PersonDto greta = fixtures.unconfirmedPerson("Greta Gans");
        login(greta.email());
        confirmations.sendMeTheLinkAgain();

        List<MimeMessage> mails = mailsTo(greta.email());
        assertThat(mails).hasSize(2);
        assertThat(confirmations.check(lastSegment(linkIn(mails.get(0), "/confirm/")))).isEqualTo(LinkState.USED);
        assertThat(confirmations.confirm(lastSegment(linkIn(mails.get(1), "/confirm/")))).isEqualTo(LinkState.VALID);
        assertThat(problemOf(confirmations::sendMeTheLinkAgain)).isEqualTo("null:account.confirm.already");
    }

    @Test
    void aNewAddressIsConfirmedTheSameWayAndTheOldOneIsTold() {
        PersonDto hanna = fixtures.person("Hanna Hansen", "hanna.hansen@test.example");
        deliver();      // the sign-up's own confirmation
        login(hanna.email());
        ProfileForm form = new ProfileForm(hanna.displayName(), "hanna@neu.example", hanna.organisation(),
                fixtures.cityId());
        form.setCurrentPassword(Fixtures.PASSWORD);
        accounts.updateMyProfile(form);

        MimeMessage toOld = single(mailsTo("hanna.hansen@test.example"));
        assertThat(subject(toOld)).isEqualTo("Die E-Mail-Adresse Ihres Kontos wurde geändert");
        assertThat(textOf(toOld)).contains("hanna@neu.example").doesNotContain("/confirm/");
        String token = lastSegment(linkIn(single(mailsTo("hanna@neu.example")), "/confirm/"));
        assertThat(confirmations.callerMustConfirm()).isTrue();
        assertThat(problemOf(() -> votes.toggle(slug, proposalId))).isEqualTo("null:account.confirm.required");

        assertThat(confirmations.confirm(token)).isEqualTo(LinkState.VALID);
        assertThat(confirmations.callerMustConfirm()).isFalse();
    }

    @Test
    void signUpsNeverConfirmedAreDeletedAfterAWeekOthersStay() {
        PersonDto unconfirmed = fixtures.unconfirmedPerson("Greta Gans");
        PersonDto confirmedLate = fixtures.unconfirmedPerson("Kai Kluge");
        PersonDto changedAddress = fixtures.person("Hanna Hansen", "hanna.hansen@test.example");
        confirmations.confirm(lastSegment(linkIn(single(mailsTo(confirmedLate.email())), "/confirm/")));
        login(changedAddress.email());
        ProfileForm form = new ProfileForm(changedAddress.displayName(), "hanna@neu.example",
                changedAddress.organisation(), fixtures.cityId());
        form.setCurrentPassword(Fixtures.PASSWORD);
        accounts.updateMyProfile(form);
        logout();

        clock.stopAt(t0.plus(Duration.ofDays(7)).minusSeconds(1));
        assertThat(confirmations.deleteExpiredSignUps()).isZero();

        clock.stopAt(t0.plus(Duration.ofDays(7)).plusSeconds(1));
        assertThat(confirmations.deleteExpiredSignUps()).isEqualTo(1);
        assertThat(accounts.find(unconfirmed.id())).isEmpty();
        assertThat(accounts.find(confirmedLate.id())).isPresent();
        assertThat(accounts.find(changedAddress.id())).isPresent();
        assertThat(confirmations.deleteExpiredSignUps()).isZero();
    }

    @Test
    void badLinksAreUnknown() {
        assertThat(confirmations.confirm("kaputt")).isEqualTo(LinkState.UNKNOWN);
        assertThat(confirmations.confirm("B".repeat(43))).isEqualTo(LinkState.UNKNOWN);
    }

    private static ProposalForm proposal(String title) {
        ProposalForm f = new ProposalForm();
        f.setTitle(title + ": Sensoren im Kanalnetz und was sie bringen");
        f.setAbstractText("Wie Sensoren im Kanalnetz helfen: Füllstände, Qualität und Funk, Batterielaufzeiten und "
                + "was die Daten im Betrieb wirklich bringen, mit Erfahrungen aus drei Städten und offenen Fragen.");
        f.setFormat(ProposalFormat.values()[0]);
        f.setLanguage(SessionLanguage.DE);
        f.setSlots(1);
        return f;
    }

    private static MimeMessage single(List<MimeMessage> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
