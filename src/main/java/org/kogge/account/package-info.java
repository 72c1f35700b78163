/**
 * People and their accounts: sign-up with a confirmed address (double opt-in), login (throttled against password
 * guessing), profiles, roles, password resets, the optional mails a person wants, and what the GDPR asks for: the data
 * export (each feature adds its share through {@link org.kogge.account.PersonalDataSource}) and account deletion.
 *
 * <p>Doors for the other features: {@link org.kogge.account.CurrentUser} (who calls, for every service's access
 * check), {@link org.kogge.account.PeopleDirectory} (names and contacts for lists, one query per list),
 * {@link org.kogge.account.PersonName} (what may be published of a person: name and city, never the row),
 * {@link org.kogge.account.MailContact} (where and how to write to someone) and {@link org.kogge.account.RunAs}
 * (start-up tasks act as a person, through the same checks). It publishes
 * {@link org.kogge.account.AccountCreated} and {@link org.kogge.account.AccountDeleted}, and depends only on the
 * network (cities), the mail outbox and {@code common}.
 */
package org.kogge.account;
