package org.kogge.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;

/**
 * The one answer to "is this password good enough, and how strong is it": the services accept a password by it and
 * the strength meter of the sign-up and account forms shows it, so the meter never calls a refused password strong.
 *
 * <p>At least 12 and at most 128 characters, not the person's name or email, and hard to guess: at least
 * {@value #MIN_ENTROPY} bits (about a trillion guesses) as estimated by nbvcxz, a zxcvbn-style estimator, with its
 * English dictionaries (leaked passwords, words, names) and German ones (common words, first and last names, see
 * {@code resources/org/kogge/account/passwords}). It knows keyboard rows, sequences, repetitions, years, dates and
 * words with digits appended, so "Passwort123!", "Sommer2026!!" and "Qwertz123456" are refused, and a passphrase of
 * a few unrelated words is accepted.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Estimated bits of entropy a password needs; 2^40 is about a trillion guesses. */
    static final double MIN_ENTROPY = 40;
    private static final double GOOD_ENTROPY = 45;
    private static final double STRONG_ENTROPY = 50;

    /** Strength levels as the meter shows them: 0 too short, 1 refused, 2 to 4 accepted (fair, good, strong). */
    public static final int TOO_SHORT = 0;
    public static final int REFUSED = 1;
    public static final int STRONGEST = 4;

    /**
     * Only this many characters are estimated: the estimator's time grows fast with the length (seconds for 64
     * repeated characters), and a longer password is no weaker than its beginning.
     */
    private static final int ESTIMATED_LENGTH = 48;
    private static final long ESTIMATOR_TIMEOUT_MILLIS = 1_000;

    /**
     * What a password lacks ({@link #problem()}, a message key, {@code null} when it is accepted) and how strong it
     * is ({@link #strength()}, 0 to 4, at least 2 exactly when it is accepted).
     */
    public record Verdict(String problem, int strength) {
        public boolean accepted() {
            return problem == null;
        }
    }

    /** The verdict on a password for the person with this email and name (either may be {@code null}). */
    public static Verdict check(String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            return new Verdict("validation.required", TOO_SHORT);
        }
        if (password.length() < MIN_LENGTH) {
            return new Verdict("account.password.too-short", TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return new Verdict("account.password.too-long", REFUSED);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (containsPart(lower, email == null ? null : email.split("@")[0]) || containsPart(lower, displayName)) {
            return new Verdict("account.password.personal", REFUSED);
        }
        // Cheap refusals first: the estimator is slow on long repetitions and overrates some of them.
        if (lower.chars().distinct().count() < 5 || isRepetition(lower)) {
            return new Verdict("account.password.weak", REFUSED);
        }
        double entropy = Estimator.INSTANCE.estimate(password).getEntropy();
        if (entropy < MIN_ENTROPY) {
            return new Verdict("account.password.weak", REFUSED);
        }
        return new Verdict(null, entropy >= STRONG_ENTROPY ? 4 : entropy >= GOOD_ENTROPY ? 3 : 2);
    }

    /** Loads the dictionaries now (a few seconds), so that the first person to type a password does not wait. */
    public static void prepare() {
        Estimator.INSTANCE.getConfiguration();
    }

    /** What a password lacks, as a message key; {@code null} when it is good. */
    public static String problem(String password, String email, String displayName) {
        return check(password, email, displayName).problem();
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

    /** The same few characters again and again ("passwortpasswort", "ab1!ab1!ab1!"). */
    private static boolean isRepetition(String s) {
        for (int unit = 1; unit <= s.length() / 2; unit++) {
            if (s.length() % unit == 0 && s.substring(unit).equals(s.substring(0, s.length() - unit))) {
                return true;
            }
        }
        return false;
    }

    /** nbvcxz with its English and Kogge's German dictionaries; built once, on first use (it takes a moment). */
    private static final class Estimator {

        static final Nbvcxz INSTANCE = create();

        private static Nbvcxz create() {
            List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
            dictionaries.add(ranked("de-common-words"));
            dictionaries.add(ranked("de-last-names"));
            dictionaries.add(unranked("de-first-names"));
            Nbvcxz nbvcxz = new Nbvcxz(new ConfigurationBuilder()
                    .setDictionaries(dictionaries)
                    .setMaxLength(ESTIMATED_LENGTH)
                    .setCombinationAlgorithmTimeout(ESTIMATOR_TIMEOUT_MILLIS)
                    .createConfiguration());
            nbvcxz.estimate("Kogge-Warmup-2026");   // the first estimate is slow while the JIT warms up
            return nbvcxz;
        }

        /** Most frequent first: a word's rank is its line number. */
        private static Dictionary ranked(String name) {
            List<String> words = words(name);
            DictionaryBuilder builder = new DictionaryBuilder().setDictionaryName(name);
            for (int i = 0; i < words.size(); i++) {
                addWithTranscription(builder, words.get(i), i + 1);
            }
            return builder.createDictionary();
        }

        /** In no order of frequency: every word counts as a middling one. */
        private static Dictionary unranked(String name) {
            List<String> words = words(name);
            DictionaryBuilder builder = new DictionaryBuilder().setDictionaryName(name);
            words.forEach(w -> addWithTranscription(builder, w, words.size() / 2));
            return builder.createDictionary();
        }

        /** "fußball" is also typed "fussball", "müller" also "mueller". */
        private static void addWithTranscription(DictionaryBuilder builder, String word, int rank) {
            builder.addWord(word, rank);
            String plain = word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
            if (!plain.equals(word)) {
                builder.addWord(plain, rank);
            }
        }

        private static List<String> words(String name) {
            String resource = "passwords/" + name + ".txt";
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + resource);
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::strip).filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(Locale.ROOT)).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private PasswordPolicy() {
    }
}
