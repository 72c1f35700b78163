/**
 * Mail through an outbox: a feature writes a mail ({@link org.kogge.mail.MailComposer}, from the message bundles in the
 * recipient's language) into {@link org.kogge.mail.MailOutbox} in the transaction of the change that causes it, so a
 * rolled-back change mails nobody; {@link org.kogge.mail.OutboxSender} delivers committed mails in the background,
 * each exactly once, also across restarts and with several senders. Mails to many people are queued as
 * {@link org.kogge.mail.MailIntent}s and rendered by the sender. Admins see the outbox, send again and send a test
 * ({@link org.kogge.mail.MailAdminService}). It knows no feature; the features know it.
 */
package org.kogge.mail;
