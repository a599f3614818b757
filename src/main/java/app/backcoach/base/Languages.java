package app.backcoach.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages BackCoach speaks: English (the fallback for every text) and Spanish. A page's locale keeps
 * the browser's country where its language is one of these (es-MX, en-GB), so that dates and numbers follow
 * the person's region.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    /** English first: the language of a browser that asks for none of them. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

    private Languages() {
    }

    /** The supported language with this locale's language, if there is one. */
    public static Optional<Locale> supported(Locale locale) {
        return Optional.ofNullable(match(locale));
    }

    /** The first locale a browser asks for whose language is supported, else its first one ({@code null}: none). */
    public static Locale browserChoice(List<Locale> asked) {
        return asked.stream().filter(locale -> supported(locale).isPresent()).findFirst()
                .orElse(asked.isEmpty() ? null : asked.getFirst());
    }

    /** The supported language of a locale, English when it speaks none of them. */
    public static Locale languageOf(Locale locale) {
        Locale language = match(locale);
        return language == null ? ENGLISH : language;
    }

    /** The supported language with this locale's language, or {@code null}; asked for every text a page shows. */
    private static Locale match(Locale locale) {
        if (locale != null) {
            for (Locale language : SUPPORTED) {
                if (language.getLanguage().equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return null;
    }

    /**
     * The locale of a person's pages: the language they chose ({@code null}: none), else the browser's; with
     * the browser's country where the languages agree, and English when the browser speaks no supported one.
     */
    public static Locale forPages(String chosenLanguage, Locale browser) {
        Optional<Locale> chosen = Optional.ofNullable(chosenLanguage).map(Locale::forLanguageTag).flatMap(Languages::supported);
        Locale language = chosen.orElseGet(() -> languageOf(browser));
        if (browser != null && browser.getLanguage().equals(language.getLanguage()) && !browser.getCountry().isEmpty()) {
            return Locale.of(language.getLanguage(), browser.getCountry());
        }
        return language;
    }

    /**
     * The language of the page being built or answered on this thread, English outside a page: what the
     * catalogue's texts are read in, as Vaadin's own translations do.
     */
    public static Locale current() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return languageOf(ui.getLocale());
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return ENGLISH;
        }
        if (session.hasLock()) {
            return languageOf(session.getLocale());
        }
        // a download (the data ZIP, the summary's PDF) is answered without the session's lock
        session.lock();
        try {
            return languageOf(session.getLocale());
        } finally {
            session.unlock();
        }
    }
}
