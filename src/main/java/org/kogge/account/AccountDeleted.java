package org.kogge.account;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A person deleted their account: its personal data is erased, its id stays for what they contributed. Published
 * in the deleting transaction; heard after commit.
 */
@DomainEvent
public record AccountDeleted(long personId) {
}
