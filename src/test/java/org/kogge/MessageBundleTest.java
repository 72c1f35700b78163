package org.kogge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kogge.ui.I18nProvider;

/**
 * Keeps the message bundles and the code in step, for every bundle that {@link I18nProvider} discovers
 * ({@code i18n/*} and {@code ValidationMessages}): German and English have the same keys, no text is empty, every
 * pattern is a valid {@link MessageFormat}, every key the code names exists, and every key is used somewhere.
 * Reads {@code src/main/resources} and {@code src/main/java} of the project; knows no key by name.
 */
class MessageBundleTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final List<String> LANGUAGES = List.of("de", "en");

    /** A message key: lower-case words joined by dots, at least two of them, e.g. {@code event.kind.barcamp}. */
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");
    /** Literals shaped like keys that are file names, such as {@code "event.ics"}. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(ics|csv|css|js|json|html|txt|xml|pdf|png|svg|jpg|properties)");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** Places where a literal is a message key whatever it looks like. */
    private static final List<Pattern> KEY_POSITIONS = List.of(
            Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\""),
            Pattern.compile("@Menu\\s*\\([^)]*?\\btitle\\s*=\\s*\"([^\"]+)\"", Pattern.DOTALL),
            Pattern.compile("\\bmessage\\s*=\\s*\"\\{([^}\"]+)}\""));

    private static Map<String, Map<String, Properties>> bundles;
    private static Map<Path, String> sources;
    private static final List<Path> missingFiles = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        bundles = new TreeMap<>();
        for (String base : I18nProvider.discoverBaseNames()) {
            Map<String, Properties> byLanguage = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                Path file = RESOURCES.resolve(base + "_" + language + ".properties");
                if (Files.exists(file)) {
                    byLanguage.put(language, read(file));
                } else {
                    missingFiles.add(file);
                    byLanguage.put(language, new Properties());
                }
            }
            bundles.put(base, byLanguage);
        }
        sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.put(f, Files.readString(f, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void bundlesAreDiscovered() {
        assertThat(bundles).containsKey("ValidationMessages").containsKey("i18n/app");
        assertThat(sources).isNotEmpty();
    }

    @Test
    void everyBundleHasGermanAndEnglish() {
        assertThat(missingFiles).isEmpty();
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() {
        List<String> problems = new ArrayList<>();
        bundles.forEach((base, byLanguage) -> {
            Set<String> de = byLanguage.get("de").stringPropertyNames();
            Set<String> en = byLanguage.get("en").stringPropertyNames();
            diff(de, en).forEach(k -> problems.add(base + "_en lacks " + k));
            diff(en, de).forEach(k -> problems.add(base + "_de lacks " + k));
        });
        assertThat(problems).isEmpty();
    }

    /** Bean Validation falls back to {@code ValidationMessages.properties} (no language): it must say what German says. */
    @Test
    void defaultValidationMessagesAreTheGermanOnes() {
        Path fallback = RESOURCES.resolve("ValidationMessages.properties");
        if (Files.exists(fallback)) {
            assertThat(read(fallback)).isEqualTo(bundles.get("ValidationMessages").get("de"));
        }
    }

    @Test
    void noKeyIsDefinedTwiceInOneFile() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String base : bundles.keySet()) {
            for (String language : LANGUAGES) {
                Set<String> seen = new HashSet<>();
                Path file = RESOURCES.resolve(base + "_" + language + ".properties");
                if (!Files.exists(file)) {
                    continue;
                }
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("#") || t.startsWith("!") || !t.contains("=")) {
                        continue;
                    }
                    String key = t.substring(0, t.indexOf('=')).strip();
                    if (!seen.add(key)) {
                        problems.add(file + ": " + key);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noTextIsEmpty() {
        List<String> problems = new ArrayList<>();
        eachMessage((where, key, value) -> {
            if (value.isBlank()) {
                problems.add(where + ": " + key);
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * Every text is a valid MessageFormat pattern, as {@link I18nProvider} formats it (named {@code {min}} and
     * {@code {max}} become arguments 0 and 1). A lone apostrophe would start a quoted section and swallow the rest
     * of the text: write {@code ''}. ValidationMessages are also read by Hibernate Validator, which does not
     * undouble apostrophes, so they have none.
     */
    @Test
    void everyTextIsAValidMessageFormat() {
        List<String> problems = new ArrayList<>();
        eachMessage((where, key, value) -> {
            String pattern = value.replace("{min}", "{0}").replace("{max}", "{1}");
            try {
                new MessageFormat(pattern);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + key + " (" + e.getMessage() + ")");
            }
            if (where.startsWith("ValidationMessages") && value.contains("'")) {
                problems.add(where + ": " + key + " has an apostrophe (not allowed in ValidationMessages)");
            } else if (value.replace("''", "").contains("'")) {
                problems.add(where + ": " + key + " has a single apostrophe: write '' for an apostrophe");
            }
        });
        assertThat(problems).isEmpty();
    }

    /** {0}, {1}, ... (and {min}, {max}) are the same in both languages, so no language drops or invents a value. */
    @Test
    void bothLanguagesUseTheSameArguments() {
        List<String> problems = new ArrayList<>();
        bundles.forEach((base, byLanguage) -> {
            Properties de = byLanguage.get("de");
            Properties en = byLanguage.get("en");
            for (String key : de.stringPropertyNames()) {
                String other = en.getProperty(key);
                if (other != null && !arguments(de.getProperty(key)).equals(arguments(other))) {
                    problems.add(base + ": " + key + " de " + arguments(de.getProperty(key)) + " en " + arguments(other));
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * Every key the code names exists: literals given to {@code getTranslation(...)}, {@code @Menu(title = ...)}
     * and {@code message = "{...}"}, and every other literal shaped like a key whose first word is a key prefix
     * of the bundles (e.g. {@code "event.state.draft"} in an enum, {@code "account.email.taken"} in a service).
     */
    @Test
    void everyKeyUsedInTheCodeExists() {
        Set<String> keys = allKeys();
        Set<String> namespaces = new HashSet<>();
        keys.forEach(k -> namespaces.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        List<String> problems = new ArrayList<>();
        sources.forEach((file, text) -> {
            String code = withoutComments(text);
            Set<String> used = new TreeSet<>();
            for (Pattern p : KEY_POSITIONS) {
                Matcher m = p.matcher(code);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
            Matcher m = STRING_LITERAL.matcher(code);
            while (m.find()) {
                String literal = m.group(1);
                if (KEY_SHAPE.matcher(literal).matches() && !FILE_NAME.matcher(literal).matches()
                        && namespaces.contains(literal.substring(0, literal.indexOf('.')))) {
                    used.add(literal);
                }
            }
            used.stream().filter(k -> !keys.contains(k)).forEach(k -> problems.add(SOURCES.relativize(file) + ": " + k));
        });
        assertThat(problems).as("keys used in src/main/java but missing in the bundles").isEmpty();
    }

    /** Every key is used in src/main/java, as a literal ({@code "key"}) or a Bean Validation message ({@code "{key}"}). */
    @Test
    void everyKeyIsUsed() {
        String code = String.join("\n", sources.values().stream().map(MessageBundleTest::withoutComments).toList());
        List<String> unused = allKeys().stream()
                .filter(k -> !code.contains("\"" + k + "\"") && !code.contains("\"{" + k + "}\""))
                .toList();
        assertThat(unused).as("keys in the bundles that no code in src/main/java uses").isEmpty();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private interface MessageVisitor {
        void visit(String where, String key, String value);
    }

    private static void eachMessage(MessageVisitor visitor) {
        bundles.forEach((base, byLanguage) -> byLanguage.forEach((language, props) ->
                new TreeSet<>(props.stringPropertyNames()).forEach(key ->
                        visitor.visit(base + "_" + language, key, props.getProperty(key)))));
    }

    private static Set<String> allKeys() {
        Set<String> keys = new TreeSet<>();
        bundles.values().forEach(byLanguage -> byLanguage.values().forEach(p -> keys.addAll(p.stringPropertyNames())));
        return keys;
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Set<String> arguments(String value) {
        Set<String> args = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\s*(\\d+|min|max)\\s*[,}]").matcher(value.replaceAll("'[^']*'", ""));
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    /** Drops comments, so that a key mentioned in Javadoc neither counts as used nor as named. */
    private static String withoutComments(String java) {
        StringBuilder out = new StringBuilder(java.length());
        int i = 0;
        while (i < java.length()) {
            char c = java.charAt(i);
            if (c == '"') {
                boolean textBlock = java.startsWith("\"\"\"", i);
                String end = textBlock ? "\"\"\"" : "\"";
                int j = i + end.length();
                while (j < java.length() && !java.startsWith(end, j)) {
                    j += java.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(java.length(), j + end.length());
                out.append(java, i, j);
                i = j;
            } else if (c == '\'' && i + 2 < java.length()) {
                int j = java.indexOf('\'', i + (java.charAt(i + 1) == '\\' ? 3 : 2));
                j = j < 0 ? java.length() : j + 1;
                out.append(java, i, j);
                i = j;
            } else if (java.startsWith("//", i)) {
                int j = java.indexOf('\n', i);
                i = j < 0 ? java.length() : j;
            } else if (java.startsWith("/*", i)) {
                int j = java.indexOf("*/", i + 2);
                i = j < 0 ? java.length() : j + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return p;
    }
}
