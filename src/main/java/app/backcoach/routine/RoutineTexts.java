package app.backcoach.routine;

import app.backcoach.base.Languages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in routines' names and notes in the current page's language ({@code routine_text}, written by
 * migrations only). English, and a person's own routine, read the routine's own columns. Both are read once.
 */
@Component
class RoutineTexts {

    private final JdbcTemplate jdbc;
    /** "routine id/lang/field" to its text, read once. */
    private volatile Map<String, String> all;
    /** The built-in routines' English names by id, read once (only migrations write them). */
    private volatile Map<Long, String> builtIn;

    RoutineTexts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String name(Routine routine) {
        return text(routine, "name", routine.getName());
    }

    String description(Routine routine) {
        return text(routine, "description", routine.getDescription());
    }

    /**
     * A built-in routine's current name in the page's language (English: the routine's own column); empty for a
     * person's own routine and for one that no longer exists.
     */
    Optional<String> builtInName(long routineId) {
        return Optional.ofNullable(builtInNames().get(routineId))
                .map(english -> inPageLanguage(routineId, "name", english));
    }

    private Map<Long, String> builtInNames() {
        Map<Long, String> names = builtIn;
        if (names == null) {
            Map<Long, String> read = new HashMap<>();
            jdbc.query("select id, name from routine where user_id is null",
                    row -> { read.put(row.getLong("id"), row.getString("name")); });
            names = Map.copyOf(read);
            builtIn = names;
        }
        return names;
    }

    private String text(Routine routine, String field, String english) {
        return routine.isBuiltIn() ? inPageLanguage(routine.getId(), field, english) : english;
    }

    /** A built-in routine's text in the page's language; English, or a language without it, gives {@code english}. */
    private String inPageLanguage(long routineId, String field, String english) {
        Locale language = Languages.current();
        return language.equals(Languages.ENGLISH) ? english
                : texts().getOrDefault(routineId + "/" + language.getLanguage() + "/" + field, english);
    }

    private Map<String, String> texts() {
        Map<String, String> texts = all;
        if (texts == null) {
            Map<String, String> read = new ConcurrentHashMap<>();
            jdbc.query("select routine_id, lang, field, text from routine_text", row -> {
                read.put(row.getLong("routine_id") + "/" + row.getString("lang") + "/" + row.getString("field"),
                        row.getString("text"));
            });
            texts = Map.copyOf(read);
            all = texts;
        }
        return texts;
    }
}
