package org.kogge.account;

import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.PublicAccess;
import org.kogge.common.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a mail with a one-time link valid for an hour ({@link TokenPurpose#PASSWORD_RESET}), and a new
 * password through that link. Asking tells nobody whether an address has an account: the answer is the same, and
 * only a known address gets a mail. After a reset the person's sessions end everywhere, so that whoever used the
 * old password is logged out.
 */
@Service
@Transactional(readOnly = true)
public class PasswordResetService {

    private final PersonRepository people;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final MailRequestLimit limit;
    private final CurrentRequest request;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    PasswordResetService(PersonRepository people, AccountTokens tokens, AccountMails mails, MailRequestLimit limit,
                         CurrentRequest request, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.people = people;
        this.tokens = tokens;
        this.mails = mails;
        this.limit = limit;
        this.request = request;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /**
     * Sends a reset link to {@code email} if it belongs to an account, within {@link MailRequestLimit}. Returns
     * nothing and refuses nothing but a malformed address, so the caller learns nothing about the address.
     */
    @Transactional
    @PublicAccess("whoever forgot their password is not logged in; the link goes only to the account's own address")
    public void requestReset(String email) {
        String normalized = Texts.normalizeEmail(email);
        if (normalized == null || !normalized.contains("@")) {
            throw new InvalidInputException("email", "validation.email");
        }
        if (!limit.allow(normalized, request.clientAddress().orElse(null))) {
            return;
        }
        people.findNotDeletedByEmail(normalized)
                .ifPresent(person -> mails.passwordReset(person, tokens.issue(person.getId(), TokenPurpose.PASSWORD_RESET)));
    }

    /** What the reset link with {@code token} finds, so that the page can say at once when it cannot be used. */
    public LinkState check(String token) {
        return tokens.check(TokenPurpose.PASSWORD_RESET, token);
    }

    /**
     * Sets a new password through the link: the link must be valid, the password typed twice the same and follow
     * {@link PasswordPolicy}. Nothing changes and the link stays usable when the password is refused.
     */
    @Transactional
    @PublicAccess("the one-time token from the mail is the proof of access; it works once and for an hour")
    public void resetPassword(String token, String newPassword, String repeated) {
        LinkState state = check(token);
        if (state != LinkState.VALID) {
            throw new InvalidInputException(null, state.messageKey());
        }
        InputValidator.Problems problems = new InputValidator.Problems();
        problems.addIf(newPassword == null || newPassword.isEmpty(), "newPassword", "validation.required");
        problems.addIf(!problems.has("newPassword") && !newPassword.equals(repeated), "repeated",
                "account.password.mismatch");
        problems.throwIfAny();
        AccountTokens.Redeemed redeemed = tokens.redeem(TokenPurpose.PASSWORD_RESET, token);
        if (redeemed.state() != LinkState.VALID) {
            throw new InvalidInputException(null, redeemed.state().messageKey());
        }
        Person person = people.findNotDeleted(redeemed.personId())
                .orElseThrow(() -> new InvalidInputException(null, LinkState.UNKNOWN.messageKey()));
        String weak = PasswordPolicy.problem(newPassword, person.getEmail(), person.getDisplayName());
        if (weak != null) {
            throw new InvalidInputException("newPassword", weak);
        }
        person.changePasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new PersonSessions.PasswordChanged(person.getId(), null));
    }
}
