package org.kogge.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.PublicAccess;
import org.kogge.mail.PersonMails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Double opt-in: an account's address must be shown to reach its owner, by a link mailed to it
 * ({@link TokenPurpose#EMAIL_CONFIRMATION}), after sign-up and after every change of address. Until then the person
 * may log in, but the services of registration, proposals and votes refuse through
 * {@link CurrentUser#requireConfirmedId}; a
 * sign-up never confirmed is deleted after {@link TokenPurpose#EMAIL_CONFIRMATION}'s week
 * ({@link UnconfirmedAccountsSweep}).
 */
@Service
@Transactional(readOnly = true)
public class AddressConfirmationService {

    private final PersonRepository people;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final MailRequestLimit limit;
    private final CurrentUser currentUser;
    private final CurrentRequest request;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonMails personMails;

    AddressConfirmationService(PersonRepository people, AccountTokens tokens, AccountMails mails,
                               MailRequestLimit limit, CurrentUser currentUser, CurrentRequest request,
                               ApplicationEventPublisher events, Clock clock, PersonMails personMails) {
        this.personMails = personMails;
        this.people = people;
        this.tokens = tokens;
        this.mails = mails;
        this.limit = limit;
        this.currentUser = currentUser;
        this.request = request;
        this.events = events;
        this.clock = clock;
    }

    /** Mails a confirmation link to the person's current address, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void sendLink(Person person) {
        mails.confirmAddress(person, tokens.issue(person.getId(), TokenPurpose.EMAIL_CONFIRMATION));
    }

    /** Whether the caller is logged in with an address not confirmed yet (false for anonymous visitors). */
    public boolean callerMustConfirm() {
        return currentUser.id().map(id -> !people.isEmailConfirmed(id)).orElse(false);
    }

    /** Sends the caller a new confirmation link (the older one stops working), within {@link MailRequestLimit}. */
    @Transactional
    public void sendMeTheLinkAgain() {
        Person me = people.findNotDeleted(currentUser.requireId())
                .orElseThrow(() -> new NotFoundException("person"));
        if (me.isEmailConfirmed()) {
            throw new InvalidInputException(null, "account.confirm.already");
        }
        if (!limit.allow(me.getEmail(), request.clientAddress().orElse(null))) {
            throw new InvalidInputException(null, "account.confirm.too-many");
        }
        sendLink(me);
    }

    /** What the confirmation link with {@code token} finds. */
    public LinkState check(String token) {
        return tokens.check(TokenPurpose.EMAIL_CONFIRMATION, token);
    }

    /** Confirms the address the link was mailed to; the link's state says whether it did. */
    @Transactional
    @PublicAccess("the one-time token mailed to the address proves that the address reaches the account's owner")
    public LinkState confirm(String token) {
        AccountTokens.Redeemed redeemed = tokens.redeem(TokenPurpose.EMAIL_CONFIRMATION, token);
        if (redeemed.state() != LinkState.VALID) {
            return redeemed.state();
        }
        Person person = people.findNotDeleted(redeemed.personId()).orElse(null);
        if (person == null) {
            return LinkState.UNKNOWN;
        }
        person.confirmEmail(clock.instant());
        return LinkState.VALID;
    }

    /**
     * Deletes (erases, as {@link AccountService#deleteMyAccount} does) the sign-ups never confirmed within
     * {@link TokenPurpose#EMAIL_CONFIRMATION}'s validity; returns how many. Run by {@link UnconfirmedAccountsSweep}.
     */
    @Transactional
    @PublicAccess("a background job of the app itself, with no caller; it removes only never-confirmed sign-ups")
    public int deleteExpiredSignUps() {
        Instant now = clock.instant();
        List<Person> expired = people.findNeverConfirmedCreatedBefore(now.minus(TokenPurpose.EMAIL_CONFIRMATION.validity()));
        for (Person person : expired) {
            person.erase(now);
            personMails.forget(person.getId());
            events.publishEvent(new AccountDeleted(person.getId()));
        }
        return expired.size();
    }
}
