package org.kogge.account;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kogge.common.Languages;
import org.kogge.common.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names and contacts of people for other features' lists (participants, hosts, organizers), one query per list.
 * Callers decide who may see contact data; deleted people come back without name or email.
 */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {

    private final PersonRepository people;

    public PeopleDirectory(PersonRepository people) {
        this.people = people;
    }

    public Map<Long, PersonDto> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return people.findWithCityByIdIn(ids).stream().map(PersonDto::of)
                .collect(Collectors.toMap(PersonDto::id, Function.identity()));
    }

    /** Names (and city names) only, one query: for what other features publish, such as hosts in feeds. */
    public Map<Long, PersonName> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return people.findNamesByIdIn(ids).stream().collect(Collectors.toMap(PersonName::id, Function.identity()));
    }

    /**
     * How to mail these people, one query; deleted people and people without an address are left out, so a mail
     * never goes to someone who left.
     */
    public Map<Long, MailContact> mailContacts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return people.findWithCityByIdIn(ids).stream().filter(p -> !p.isDeleted() && p.getEmail() != null)
                .map(MailContact::of).collect(Collectors.toMap(MailContact::id, Function.identity()));
    }

    /**
     * How to mail those of these people who want mails of the optional {@code kind} (as {@link #mailContacts}):
     * the others, and those who cannot be mailed, are left out.
     */
    public Map<Long, MailContact> mailContactsWanting(Collection<Long> ids, OptionalMail kind) {
        return mailContacts(ids).values().stream().filter(c -> c.wants(kind))
                .collect(Collectors.toMap(MailContact::id, Function.identity()));
    }

    /** The name to greet a person with in a mail; null for a deleted person, one without address, or none. */
    public String displayName(Long id) {
        return id == null ? null : mailContacts(List.of(id)).values().stream().findFirst()
                .map(MailContact::displayName).orElse(null);
    }

    /**
     * The language each of these addresses' accounts chose for Kogge, by (normalised) email, for mails to addresses that may belong to an account (e.g. guests). */
    public Map<String, Locale> languagesByEmail(Collection<String> emails) {
        List<String> normalized = emails.stream().map(Texts::normalizeEmail)
                .filter(Objects::nonNull).distinct().toList();
        if (normalized.isEmpty()) {
            return Map.of();
        }
        return people.findByEmailIn(normalized).stream()
                .filter(p -> !p.isDeleted() && p.getPreferredLocale() != null)
                .collect(Collectors.toMap(Person::getEmail,
                        p -> Languages.ofTag(p.getPreferredLocale())));
    }
}
