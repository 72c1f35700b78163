package org.kogge.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

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

    /**
     * A person's rows that each refer to something by its id (an event, a session), as the export writes them: one
     * map per row with the title of what it refers to under {@code titleKey} ({@code ""} once that is gone), then
     * the row's own fields in the order {@code fields} puts them. The titles are looked up once for all rows.
     *
     * @param lookup what the ids refer to, by id (unknown ids left out), e.g. {@code sessions::of}
     */
    static <R, T> List<Map<String, Object>> titledRows(List<R> rows, Function<R, Long> idOf,
                                                       Function<List<Long>, Map<Long, T>> lookup,
                                                       Function<T, String> titleOf, String titleKey,
                                                       BiConsumer<R, Map<String, Object>> fields) {
        Map<Long, T> referred = lookup.apply(rows.stream().map(idOf).toList());
        return rows.stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            T target = referred.get(idOf.apply(r));
            row.put(titleKey, target == null ? "" : titleOf.apply(target));
            fields.accept(r, row);
            return row;
        }).toList();
    }
}
