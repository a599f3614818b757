package app.backcoach.summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The app's English texts as Vaadin gives them to a page (MessageFormat only when there are arguments). */
final class EnglishTexts implements Texts {

    private final Properties english = new Properties();

    EnglishTexts() {
        try (InputStream in = EnglishTexts.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String get(String key, Object... args) {
        String text = english.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no text " + key);
        }
        return args.length == 0 ? text : new MessageFormat(text, Locale.UK).format(args);
    }
}
