package io.github.adrgov.adr.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's words in one language, from the {@code adr-report} bundle. A locale without a bundle of its own gets
 * English, whatever the JVM's default locale is.
 */
public final class ReportText {

    static final String BUNDLE = "adr-report";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The words for {@code locale} (null means English). */
    public static ReportText forLocale(Locale locale) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        // no fallback to the JVM default locale: an English page must not come out in German on a German machine
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, l, ReportText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ReportText(b, l);
    }

    /** The locale asked for. */
    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in when given. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
