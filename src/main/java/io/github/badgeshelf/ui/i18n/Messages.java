package io.github.badgeshelf.ui.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's words, from the resource bundle {@code io/github/badgeshelf/ui/i18n/messages*.properties}
 * (UTF-8, read the Java 9+ way). Plurals and numbers go through {@link MessageFormat} with the chosen
 * locale, so "{0,choice,0#no awards|1#one award|1<{0,number,integer} awards}" reads naturally per language.
 *
 * <p>The command line never uses this class: scripts parse its English.
 */
public final class Messages {
    public static final String BUNDLE = "io.github.badgeshelf.ui.i18n.messages";
    /** The languages with a complete translation; the first is the fallback. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("es"));

    private static volatile Locale locale = supportedOrEnglish(Locale.getDefault());

    private Messages() {
    }

    /** The text for {@code key} in the current language. */
    public static String get(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug the bundle test catches; the window shows the key rather than failing.
            return key;
        }
    }

    /** The pattern for {@code key} filled with {@code args}, numbers and dates in the current locale. */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Locale locale() {
        return locale;
    }

    /** Switches the language for texts made from now on (the window rebuilds its views). */
    public static void setLocale(Locale wanted) {
        locale = supportedOrEnglish(wanted);
    }

    /** The supported locale closest to {@code wanted}: same language (and country where it matters), else English. */
    public static Locale supportedOrEnglish(Locale wanted) {
        if (wanted == null) {
            return Locale.ENGLISH;
        }
        for (Locale supported : SUPPORTED) {
            if (supported.getLanguage().equals(wanted.getLanguage())) {
                return supported;
            }
        }
        return Locale.ENGLISH;
    }
}
