package org.kogge.account;

/**
 * What other features publish of a person (hosts, organizers): the name and the city's name, read as a projection,
 * never the whole row (no email, password hash or roles). A deleted person has neither.
 */
public record PersonName(long id, String displayName, String cityName) {
}
