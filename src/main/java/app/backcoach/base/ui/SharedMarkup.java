package app.backcoach.base.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of a piece of markup that many open pages show alike (the drawer's menu, an exercise's guide in one
 * language), so that each page's element holds that copy instead of its own. Markup that holds anything of one
 * person's (a name, a count, a pain rating) must never come here: it would stay for as long as the app runs.
 */
public final class SharedMarkup {

    /**
     * Few: one per language and menu, and one per exercise and language (the check before adding may let a few
     * more in when pages open at the same moment); past it, markup is used as given, unshared.
     */
    private static final int MAX_SHARED = 256;
    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();

    private SharedMarkup() {
    }

    /** The kept copy of {@code markup}, or {@code markup} itself when it is the first or there are too many. */
    public static String of(String markup) {
        String known = SHARED.get(markup);
        if (known != null) {
            return known;
        }
        if (SHARED.size() >= MAX_SHARED) {
            return markup;
        }
        String previous = SHARED.putIfAbsent(markup, markup);
        return previous == null ? markup : previous;
    }
}
