package org.kogge.account;

import org.jmolecules.event.annotation.DomainEvent;

/** A person signed up (or the first admin was created). Published in the creating transaction; heard after commit. */
@DomainEvent
public record AccountCreated(long personId) {
}
