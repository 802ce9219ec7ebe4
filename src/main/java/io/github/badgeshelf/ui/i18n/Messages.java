package io.github.badgeshelf.ui.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's words, from the resource bundle {@code io/github/badgeshelf/ui/i18n/messages*.properties}
 * (UTF-8, read the Java 9+ way). Plurals and numbers go through {@link MessageFormat} with the chosen
 * locale, so "{0,choice,0#no awards|1#one award|1<{0,number,integer} awards}" reads naturally per language.
 * Dates and plain numbers shown outside a message use {@link #dates(FormatStyle)} and {@link #number(long)},
 * so they follow the same choice.
 *
 * <p>The command line never uses this class: scripts parse its English.
 */
public final class Messages {
    public static final String BUNDLE = "io.github.badgeshelf.ui.i18n.messages";
    /** The languages with a complete translation; the first is the fallback. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("es"));

    private static volatile Locale locale = supportedOrEnglish(Locale.getDefault());
    /**
     * Parsed patterns of the current language, per thread (a MessageFormat is not thread-safe).
     * Parsing a pattern with a number or a choice in it cost more than filling it, and a grid fills
     * a screen of tiles with the same few patterns.
     */
    private static final ThreadLocal<Formats> FORMATS = new ThreadLocal<>();

    private record Formats(Locale locale, Map<String, MessageFormat> byKey) {
    }

    private Messages() {
    }

    /** The text for {@code key} in the current language. */
    public static String get(String key) {
        return get(locale, key);
    }

    private static String get(Locale language, String key) {
        try {
            return bundle(language).getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug the bundle test catches; the window shows the key rather than failing.
            return key;
        }
    }

    /** The pattern for {@code key} filled with {@code args}, numbers and dates in the current locale. */
    public static String format(String key, Object... args) {
        Locale now = locale;
        Formats formats = FORMATS.get();
        if (formats == null || !formats.locale().equals(now)) {
            formats = new Formats(now, new HashMap<>());
            FORMATS.set(formats);
        }
        return formats.byKey().computeIfAbsent(key, k -> new MessageFormat(get(now, k), now)).format(args);
    }

    public static ResourceBundle bundle() {
        return bundle(locale);
    }

    /** The bundle of one language (for the tests that compare translations). */
    public static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Locale locale() {
        return locale;
    }

    /** Switches the language for texts made from now on (the window rebuilds its views). */
    public static void setLocale(Locale wanted) {
        locale = supportedOrEnglish(wanted);
    }

    /**
     * The language to start in: the one chosen in the window earlier ({@code rememberedTag}, may be null),
     * else the operating system's where a translation exists, else English.
     */
    public static Locale startingLocale(String rememberedTag, Locale system) {
        if (rememberedTag != null && !rememberedTag.isBlank()) {
            return supportedOrEnglish(Locale.forLanguageTag(rememberedTag.trim()));
        }
        return supportedOrEnglish(system);
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

    /** A language's name in that language ("English", "Português (Brasil)", "Español"), as a chooser lists it. */
    public static String nativeName(Locale language) {
        String name = language.getDisplayName(language);
        return name.isEmpty() ? language.toLanguageTag() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** A whole number with the current language's grouping ("1,613", "1.613"). */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** Dates in the current language and the user's time zone ("January 2, 2016", "2 de janeiro de 2016"). */
    public static DateTimeFormatter dates(FormatStyle style) {
        return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale).withZone(ZoneId.systemDefault());
    }

    /** Date and time in the current language and the user's time zone. */
    public static DateTimeFormatter dateTimes(FormatStyle dateStyle, FormatStyle timeStyle) {
        return DateTimeFormatter.ofLocalizedDateTime(dateStyle, timeStyle).withLocale(locale).withZone(ZoneId.systemDefault());
    }
}
