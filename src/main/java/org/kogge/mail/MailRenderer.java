package org.kogge.mail;

import java.util.Optional;

/**
 * Writes the mails of some kinds from their {@link MailIntent}s, when the sender delivers them. Implemented by the
 * features that queue intents (the sender finds every renderer among the beans); a renderer runs in the sender's
 * claiming transaction, once per mail.
 */
public interface MailRenderer {

    /** Whether this renderer writes mails of {@code kind}. */
    boolean renders(String kind);

    /**
     * The complete mail for {@code intent} (its recipient, language and subject stay those of the intent); empty
     * when there is nothing to tell any more, e.g. the event is no longer public.
     */
    Optional<Mail> render(MailIntent intent);
}
