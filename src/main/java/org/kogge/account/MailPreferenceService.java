package org.kogge.account;

import java.util.Locale;
import java.util.Optional;
import org.kogge.common.PublicAccess;
import org.kogge.common.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which optional mails a person wants ({@link OptionalMail}): chosen on their account page, or switched off with one
 * click from such a mail (RFC 8058), without a login. The link's secret is one per person, made when their first
 * optional mail is written; it opens nothing but switching optional mails off, so it never expires, and a mail that
 * is months old still unsubscribes.
 */
@Service
@Transactional(readOnly = true)
public class MailPreferenceService {

    private final PersonRepository people;
    private final CurrentUser currentUser;

    MailPreferenceService(PersonRepository people, CurrentUser currentUser) {
        this.people = people;
        this.currentUser = currentUser;
    }

    /** The caller's choice. */
    public MailPreferences mine() {
        return me().getMailPreferences();
    }

    /** Saves the caller's choice. */
    @Transactional
    public MailPreferences save(MailPreferences wanted) {
        Person me = me();
        me.setMailPreferences(wanted);
        return me.getMailPreferences();
    }

    /**
     * The secret of a person's unsubscribe links, made on first use; inside the transaction that writes the mail,
     * so a mail that rolls back leaves at most an unused secret.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String unsubscribeToken(long personId) {
        Person p = people.findById(personId).orElseThrow(() -> new IllegalArgumentException("no person " + personId));
        if (p.getUnsubscribeToken() == null) {
            p.setUnsubscribeToken(SecretTokens.next());
        }
        return p.getUnsubscribeToken();
    }

    /**
     * The path (under the public address) of the one-click link that switches {@code kind} off for this person, for
     * the mail being written in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String unsubscribePath(long personId, OptionalMail kind) {
        return UnsubscribeController.PATH + unsubscribeToken(personId) + "/" + kind.slug();
    }

    /** The language of the person a link belongs to, for its confirmation page; empty for an unknown link. */
    public Optional<Locale> languageOf(String token) {
        return holderOf(token).map(p -> MailContact.of(p).language());
    }

    /** Switches one optional kind off for the link's holder; false for an unknown link (nothing changes). */
    @Transactional
    @PublicAccess("the link's secret token, sent only to the person's own address, is the check; it can only switch "
            + "optional mails off")
    public boolean unsubscribe(String token, OptionalMail kind) {
        Optional<Person> holder = holderOf(token);
        holder.ifPresent(p -> p.setMailPreferences(p.getMailPreferences().without(kind)));
        return holder.isPresent();
    }

    private Optional<Person> holderOf(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return people.findByUnsubscribeToken(token).filter(p -> !p.isDeleted())
                .filter(p -> SecretTokens.same(p.getUnsubscribeToken(), token));
    }

    private Person me() {
        return people.findById(currentUser.requireId()).orElseThrow();
    }
}
