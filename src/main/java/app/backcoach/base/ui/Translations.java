package app.backcoach.base.ui;

import app.backcoach.base.Languages;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of every page, from {@code vaadin-i18n/translations*.properties}: English in the base file,
 * Spanish in {@code _es}. Vaadin's own provider would list only the files with a language in their name (so
 * with one such file, every browser would get Spanish) and, for English, could fall back to the server's
 * default language; this one offers English first and never falls back to another language than asked.
 * <p>
 * A text with values is formatted by a {@link MessageFormat} made once per locale and text and kept, with the
 * number format for its plain values ({@code {0}}), instead of a new pattern parse and number format at every
 * call: a running workout asks for several such texts at every phase.
 */
@Component
class Translations implements I18NProvider {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /**
     * The locales whose formats are kept. A page's locale comes from the browser, so it is not a closed set:
     * a locale beyond these gets its formats made for each call, as before, and none kept.
     */
    static final int KEPT_LOCALES = 32;

    private final Map<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();
    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale language = Languages.languageOf(locale);
        String value;
        try {
            value = bundle(language).getString(key);
        } catch (MissingResourceException missing) {
            return "!" + language.getLanguage() + ": " + key;
        }
        if (params.length == 0) {
            return value;
        }
        MessageFormat format = format(key, value, locale == null ? language : locale);
        // a MessageFormat and its number format are not safe for two threads at once
        synchronized (format) {
            return format.format(params);
        }
    }

    /** The number of locales whose formats are kept. */
    int keptLocales() {
        return formats.size();
    }

    private ResourceBundle bundle(Locale language) {
        // one of the supported languages: a closed set
        return bundles.computeIfAbsent(language, supported -> ResourceBundle.getBundle(BUNDLE,
                supported.equals(Languages.ENGLISH) ? Locale.ROOT : supported, Translations.class.getClassLoader(),
                NO_FALLBACK));
    }

    private MessageFormat format(String key, String pattern, Locale locale) {
        Map<String, MessageFormat> ofLocale = formats.get(locale);
        if (ofLocale == null) {
            if (formats.size() >= KEPT_LOCALES) {
                return made(pattern, locale);
            }
            ofLocale = formats.computeIfAbsent(locale, kept -> new ConcurrentHashMap<>());
        }
        return ofLocale.computeIfAbsent(key, kept -> made(pattern, locale));
    }

    /** A format whose plain values are written as MessageFormat writes them, with number formats made once. */
    private static MessageFormat made(String pattern, Locale locale) {
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] formats = format.getFormats();
        for (int element = 0; element < formats.length; element++) {
            if (formats[element] == null) {
                format.setFormat(element, new PlainValue(locale));
            }
        }
        return format;
    }

    /**
     * A plain value ({@code {0}}) as {@link MessageFormat} writes one without a format of its own: a number
     * in the locale's number format, a date in its short date and time, anything else as its text. The
     * formats are made once, with the message format that holds this one, and used under its lock.
     */
    private static final class PlainValue extends Format {

        private final NumberFormat numbers;
        private final DateFormat dates;

        private PlainValue(Locale locale) {
            numbers = NumberFormat.getInstance(locale);
            dates = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale);
        }

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            return switch (value) {
                case null -> to.append("null");
                case Number number -> numbers.format(number, to, position);
                case Date date -> dates.format(date, to, position);
                default -> to.append(value);
            };
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("texts are only written");
        }
    }
}
