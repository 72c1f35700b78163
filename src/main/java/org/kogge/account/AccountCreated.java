package org.kogge.account;

/** A person signed up (or the first admin was created). Published in the creating transaction; heard after commit. */
public record AccountCreated(long personId) {
}
