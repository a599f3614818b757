package app.backcoach.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each table belongs to one feature, and only that feature's code names it in SQL: other features ask the
 * owner's service (or a read interface the owner answers) instead. Reads the SQL in the main code's string
 * literals.
 */
class TableOwnershipTest {

    /** Table to the feature (top-level package) that owns it; see docs/architecture.md. */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("exercise", "exercise"), Map.entry("exercise_text", "exercise"),
            Map.entry("app_user", "security"),
            Map.entry("routine", "routine"), Map.entry("routine_exercise", "routine"),
            Map.entry("progression_change", "routine"),
            Map.entry("routine_text", "routine"),
            Map.entry("workout", "workout"), Map.entry("workout_set", "workout"), Map.entry("hurt_report", "workout"),
            Map.entry("red_flag_check", "safety"), Map.entry("leg_spreading", "safety"),
            Map.entry("care_session", "care"),
            Map.entry("user_settings", "settings"),
            Map.entry("reminder", "reminder"));

    private static final Path MAIN = Path.of("src/main/java/app/backcoach");
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile("\\b(?:from|join|into|update|table)\\s+([a-z_]+)\\b");

    @Test
    void noFeatureNamesAnotherFeaturesTableInSql() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Path relative = MAIN.relativize(file);
                String feature = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                for (String table : tablesNamedIn(read(file))) {
                    found.add(table);
                    if (!feature.equals(OWNER.get(table))) {
                        strays.add(relative + " names " + table + " (owned by " + OWNER.get(table) + ")");
                    }
                }
            });
        }
        assertThat(found).as("the scan finds the SQL it checks").contains("workout", "workout_set", "hurt_report");
        assertThat(strays).isEmpty();
    }

    @Test
    void theScanSeesATableInAStringAndNotInAComment() {
        assertThat(tablesNamedIn("// read from workout\nString sql = \"select 1 from workout_set s join routine r\";"))
                .containsExactly("workout_set", "routine");
    }

    static List<String> tablesNamedIn(String source) {
        List<String> tables = new ArrayList<>();
        Matcher string = STRING.matcher(source);
        while (string.find()) {
            String text = string.group(1) != null ? string.group(1) : string.group(2);
            Matcher table = TABLE.matcher(text);
            while (table.find()) {
                if (OWNER.containsKey(table.group(1))) {
                    tables.add(table.group(1));
                }
            }
        }
        return tables;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
