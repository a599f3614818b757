package app.backcoach.base.ui;

import app.backcoach.base.Languages;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of every page, from {@code vaadin-i18n/translations*.properties}: English in the base file,
 * Spanish in {@code _es}. Vaadin's own provider would list only the files with a language in their name (so
 * with one such file, every browser would get Spanish) and, for English, could fall back to the server's
 * default language; this one offers English first and never falls back to another language than asked.
 */
@Component
class Translations implements I18NProvider {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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
        return params.length == 0 ? value : new MessageFormat(value, locale == null ? language : locale).format(params);
    }

    private static ResourceBundle bundle(Locale language) {
        Locale file = language.equals(Languages.ENGLISH) ? Locale.ROOT : language;
        return ResourceBundle.getBundle(BUNDLE, file, Translations.class.getClassLoader(), NO_FALLBACK);
    }
}
