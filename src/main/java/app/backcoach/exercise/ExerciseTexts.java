package app.backcoach.exercise;

import app.backcoach.base.Languages;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalogue's words in every language ({@code exercise_text}): per exercise, language and field, one text
 * or (steps, cautions) one per position. A field that a language lacks is read in English, field by field.
 */
@Component
class ExerciseTexts {

    static final String ENGLISH = Languages.ENGLISH.getLanguage();

    /** One row of {@code exercise_text}. */
    record Row(long exerciseId, String lang, String field, int position, String text) {
    }

    /** An exercise's words in one language. */
    record Words(String name, String purpose, String source, List<String> steps, List<String> cautions) {
    }

    private final JdbcTemplate jdbc;

    ExerciseTexts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every exercise's words in this language, by exercise id. */
    Map<Long, Words> in(Locale language) {
        List<Row> rows = jdbc.query("""
                        select exercise_id, lang, field, position, text from exercise_text
                        where lang = ? or lang = ? order by exercise_id, field, position""",
                new DataClassRowMapper<>(Row.class), ENGLISH, language.getLanguage());
        return words(rows, language.getLanguage());
    }

    /** The words of each exercise in {@code lang}, every field it lacks in English. */
    static Map<Long, Words> words(List<Row> rows, String lang) {
        Map<Long, List<Row>> byExercise = rows.stream().collect(Collectors.groupingBy(Row::exerciseId));
        return byExercise.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> {
            List<Row> mine = entry.getValue();
            return new Words(one(mine, lang, "name"), one(mine, lang, "purpose"), one(mine, lang, "source"),
                    field(mine, lang, "step"), field(mine, lang, "caution"));
        }));
    }

    private static String one(List<Row> rows, String lang, String field) {
        List<String> texts = field(rows, lang, field);
        return texts.isEmpty() ? "" : texts.getFirst();
    }

    private static List<String> field(List<Row> rows, String lang, String field) {
        List<String> translated = texts(rows, lang, field);
        return translated.isEmpty() ? texts(rows, ENGLISH, field) : translated;
    }

    private static List<String> texts(List<Row> rows, String lang, String field) {
        return rows.stream().filter(row -> row.lang().equals(lang) && row.field().equals(field))
                .sorted(java.util.Comparator.comparingInt(Row::position)).map(Row::text).toList();
    }
}
