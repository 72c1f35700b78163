package org.kogge.account;

/**
 * A person deleted their account: its personal data is erased, its id stays for what they contributed. Published
 * in the deleting transaction; heard after commit.
 */
public record AccountDeleted(long personId) {
}
