package org.kogge.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every user-visible string comes from here. Each feature keeps its own bundle in {@code i18n/<feature>_de} and
 * {@code _en}; Bean Validation's {@code ValidationMessages} is read too, so that service-side problems and form
 * validation share their texts. German is the default; which language a page speaks is decided by
 * {@link org.kogge.common.Languages#forPage}.
 */
@Component
public class I18nProvider implements I18NProvider {

    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = org.kogge.common.Languages.SUPPORTED;

    private static final Logger LOG = LoggerFactory.getLogger(I18nProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> baseNames;
    private final ConcurrentMap<Locale, List<ResourceBundle>> bundles = new ConcurrentHashMap<>();
    /** The parsed patterns with arguments, per language and key (the bundles do not change while the app runs). */
    private final ConcurrentMap<Locale, ConcurrentMap<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    public I18nProvider() {
        this.baseNames = discoverBaseNames();
    }

    /** The bundle base names: every {@code i18n/*_de.properties} plus ValidationMessages. */
    public static List<String> discoverBaseNames() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_de.properties");
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            for (Resource r : found) {
                String file = r.getFilename();
                if (file != null) {
                    names.add("i18n/" + file.substring(0, file.length() - "_de.properties".length()));
                }
            }
            names.add("ValidationMessages");
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale lang = supported(locale);
        for (ResourceBundle bundle : bundlesFor(lang)) {
            if (bundle.containsKey(key)) {
                // Bean Validation's named {min} and {max} become MessageFormat's {0} and {1}.
                String pattern = bundle.getString(key).replace("{min}", "{0}").replace("{max}", "{1}");
                if ((params == null || params.length == 0) && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
                    // Nothing for MessageFormat to do (no argument, no quote): parsing the pattern is what costs
                    // when 500 open boards set their texts again on a live update.
                    return pattern;
                }
                // Parsed once per language and key: a pattern with a choice or number parses slowly (the JDK throws
                // and catches an exception for each), and every live refresh of 500 open boards formats a few.
                MessageFormat format = formats.computeIfAbsent(lang, l -> new ConcurrentHashMap<>())
                        .computeIfAbsent(key, k -> new MessageFormat(pattern, lang));
                synchronized (format) { // its number and choice formats are not thread-safe
                    return format.format(params);
                }
            }
        }
        LOG.warn("Missing translation {} for {}", key, lang);
        return "!" + key;
    }

    /** de or en: any other language falls back to the default, German (see {@link org.kogge.common.Languages}). */
    public static Locale supported(Locale locale) {
        return org.kogge.common.Languages.supported(locale);
    }

    private List<ResourceBundle> bundlesFor(Locale locale) {
        return bundles.computeIfAbsent(locale, l -> baseNames.stream().map(name -> {
            try {
                return ResourceBundle.getBundle(name, l, I18nProvider.class.getClassLoader(), NO_FALLBACK);
            } catch (MissingResourceException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList());
    }
}
