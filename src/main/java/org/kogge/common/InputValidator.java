package org.kogge.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Runs Bean Validation on a command in the service layer and collects further rules, so that services check
 * again what forms already checked. Constraint messages are message keys in braces, e.g.
 * {@code {validation.required}}; the braces are stripped so the UI can translate them.
 */
@Component
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    public Problems check(Object command) {
        Problems problems = new Problems();
        validator.validate(command).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(v.getPropertyPath().toString(), key(v), v));
        return problems;
    }

    private static String key(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            return template.substring(1, template.length() - 1);
        }
        return template;
    }

    /** Problems found so far; {@link #throwIfAny()} ends a service call before anything is written. */
    public static final class Problems {
        private final List<InvalidInputException.Problem> list = new ArrayList<>();

        private void add(String field, String key, ConstraintViolation<?> v) {
            Object max = v.getConstraintDescriptor().getAttributes().get("max");
            Object min = v.getConstraintDescriptor().getAttributes().get("min");
            // Message templates may name {min} and {max}; the UI maps them to arguments 0 and 1.
            List<Object> args = List.of(min == null ? "" : min, max == null ? "" : max);
            list.add(new InvalidInputException.Problem(field, key, args));
        }

        public Problems add(String field, String key, Object... args) {
            list.add(new InvalidInputException.Problem(field, key, List.of(args)));
            return this;
        }

        public Problems addIf(boolean condition, String field, String key, Object... args) {
            if (condition) {
                add(field, key, args);
            }
            return this;
        }

        public boolean has(String field) {
            return list.stream().anyMatch(p -> field.equals(p.field()));
        }

        public void throwIfAny() {
            if (!list.isEmpty()) {
                throw new InvalidInputException(list);
            }
        }
    }
}
