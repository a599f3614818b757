package app.backcoach.routine;

import app.backcoach.base.Languages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in routines' names and notes in the current page's language ({@code routine_text}, written by
 * migrations only). English, and a person's own routine, read the routine's own columns.
 */
@Component
class RoutineTexts {

    private final JdbcTemplate jdbc;
    /** "routine id/lang/field" to its text, read once. */
    private volatile Map<String, String> all;

    RoutineTexts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String name(Routine routine) {
        return text(routine, "name", routine.getName());
    }

    String description(Routine routine) {
        return text(routine, "description", routine.getDescription());
    }

    /** A built-in routine's name in the page's language; empty in English and for a person's own routine. */
    Optional<String> translatedName(long routineId) {
        Locale language = Languages.current();
        return language.equals(Languages.ENGLISH) ? Optional.empty()
                : Optional.ofNullable(texts().get(routineId + "/" + language.getLanguage() + "/name"));
    }

    private String text(Routine routine, String field, String english) {
        Locale language = Languages.current();
        if (!routine.isBuiltIn() || language.equals(Languages.ENGLISH)) {
            return english;
        }
        return texts().getOrDefault(routine.getId() + "/" + language.getLanguage() + "/" + field, english);
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
