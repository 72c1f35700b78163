package org.kogge.account;

/**
 * Another feature's share of a person's data export (GDPR: right of access and data portability). A feature that
 * stores data about people (registrations, votes, ...) offers a bean of this type; {@link AccountService#exportMyData()}
 * adds its section. Looked up when an export is made, so the feature may itself depend on {@link AccountService}.
 */
public interface PersonalDataSource {

    /** The section's name in the export, e.g. {@code "registrations"}; lower case, unique among all sources. */
    String section();

    /** What the feature stores about this person, as plain values, lists, maps or records (written as JSON). */
    Object dataOf(long personId);
}
