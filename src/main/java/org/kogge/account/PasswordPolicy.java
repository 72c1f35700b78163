package org.kogge.account;

import java.util.Locale;
import java.util.Set;

/**
 * At least 12 characters, and strong enough: not one of the well-known passwords, not a repetition or a
 * run of keys, not the person's own name or email, and with some variety of characters.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "passwort1234", "password1234", "123456789012", "qwertzuiop12", "qwertyuiop12",
            "hallohallo12", "sommer2024!!", "winter2024!!", "passwortpasswort", "passwordpassword",
            "ichliebedich", "iloveyou1234", "administrator", "letmein12345", "willkommen123", "welcome12345");

    /** What a password lacks, as a message key; {@code null} when it is good. */
    public static String problem(String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            return "validation.required";
        }
        if (password.length() < MIN_LENGTH) {
            return "account.password.too-short";
        }
        if (password.length() > MAX_LENGTH) {
            return "account.password.too-long";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || distinctChars(password) < 5 || isSequence(lower)) {
            return "account.password.weak";
        }
        if (containsPart(lower, email == null ? null : email.split("@")[0]) || containsPart(lower, displayName)) {
            return "account.password.personal";
        }
        if (classes(password) < 2 && password.length() < 20) {
            return "account.password.weak";
        }
        return null;
    }

    /** 0 (weak) to 4 (strong), for the strength bar in the sign-up form. */
    public static int strength(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return 0;
        }
        if (problem(password, null, null) != null) {
            return 1;
        }
        int score = 1 + Math.min(2, classes(password) - 1) + (password.length() >= 16 ? 1 : 0);
        return Math.min(4, score);
    }

    private static boolean containsPart(String lowerPassword, String part) {
        if (part == null) {
            return false;
        }
        for (String token : part.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (token.length() >= 4 && lowerPassword.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static long distinctChars(String s) {
        return s.chars().distinct().count();
    }

    private static boolean isSequence(String s) {
        int ascending = 0;
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) - s.charAt(i - 1) == 1) {
                ascending++;
            }
        }
        return ascending >= s.length() - 2;
    }

    private static int classes(String s) {
        int c = 0;
        if (s.chars().anyMatch(Character::isLowerCase)) c++;
        if (s.chars().anyMatch(Character::isUpperCase)) c++;
        if (s.chars().anyMatch(Character::isDigit)) c++;
        if (s.chars().anyMatch(ch -> !Character.isLetterOrDigit(ch))) c++;
        return c;
    }

    private PasswordPolicy() {
    }
}
