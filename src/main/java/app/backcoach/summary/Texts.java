package app.backcoach.summary;

/** The app's translations, as a page or a test has them: a key and its arguments to the text shown. */
@FunctionalInterface
public interface Texts {

    String get(String key, Object... args);
}
