package org.kogge.common;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Thrown by services when input breaks a rule. Carries message keys (resolved by the UI in the user's
 * language) per field; nothing has been saved when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    /** One broken rule: the field it belongs to (or {@code null} for the whole form) and a message key. */
    public record Problem(String field, String messageKey, List<Object> args) {
        public Problem(String field, String messageKey) {
            this(field, messageKey, List.of());
        }
    }

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new Problem(field, messageKey, List.of(args))));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem per field, for showing beside form fields. */
    public Map<String, Problem> byField() {
        return problems.stream().filter(p -> p.field() != null)
                .collect(Collectors.toMap(Problem::field, p -> p, (a, b) -> a));
    }

    public boolean hasField(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }
}
