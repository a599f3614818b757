package app.backcoach.base;

import app.backcoach.BackCoachTest;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.TestSafety;
import app.backcoach.UserRows;
import app.backcoach.care.CareKind;
import app.backcoach.care.CareService;
import app.backcoach.engine.CompletedSet;
import app.backcoach.engine.Side;
import app.backcoach.reminder.ReminderService;
import app.backcoach.exercise.ExerciseService;
import app.backcoach.routine.RoutineDraft;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineService;
import app.backcoach.safety.Hurt;
import app.backcoach.safety.LegSymptoms;
import app.backcoach.safety.RedFlag;
import app.backcoach.safety.SafetyService;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import app.backcoach.settings.UserSettingsService;
import app.backcoach.workout.StartedWorkout;
import app.backcoach.workout.WorkoutService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Download all my data" holds every row of the person in every table of personal data, and nothing of anyone
 * else. The tables are found in the database's own catalogue, so a new table with a {@code user_id} column
 * fails here until it has its part of the file.
 */
@BackCoachTest
class PersonalDataExportTest {

    /** How many rows of each table with a user_id column the file holds. */
    private static final Map<String, ToIntFunction<JsonNode>> ROWS_IN_THE_FILE = Map.of(
            "USER_SETTINGS", file -> file.path("settings").isNull() ? 0 : 1,
            "ROUTINE", file -> file.path("routines").size(),
            "WORKOUT", file -> file.path("workouts").size(),
            "WORKOUT_SET", file -> sum(file.path("workouts"), "sets"),
            "HURT_REPORT", file -> sum(file.path("workouts"), "hurtReports"),
            "RED_FLAG_CHECK", file -> file.path("safety").path("checks").size(),
            "LEG_SPREADING", file -> file.path("safety").path("legSymptomsSpreadingSince").isNull() ? 0 : 1,
            "CARE_SESSION", file -> file.path("careSessions").size(),
            "REMINDER", file -> file.path("reminders").isNull() ? 0 : 1);

    /** Keys and links between rows: the file nests rows instead (a workout's sets sit in the workout). */
    private static final Set<String> KEY_COLUMNS = Set.of("ID", "USER_ID", "VERSION", "WORKOUT_ID", "ROUTINE_ID");

    @Autowired
    PersonalDataExport export;
    @Autowired
    AccountService accounts;
    @Autowired
    UserSettingsService settings;
    @Autowired
    SafetyService safety;
    @Autowired
    RoutineService routines;
    @Autowired
    ExerciseService exercises;
    @Autowired
    WorkoutService workouts;
    @Autowired
    CareService care;
    @Autowired
    ReminderService reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    MutableClock clock;

    private AccountPrincipal anna;
    private AccountPrincipal bert;
    private Instant before;

    @BeforeEach
    void twoPeopleWithSomethingInEveryTable() {
        before = clock.instant();
        clock.set(Instant.parse("2026-05-04T07:00:00Z"));
        anna = personWithSomethingInEveryTable("anna", "Anna's morning stretch");
        clock.set(Instant.parse("2026-06-10T19:30:00Z"));
        bert = personWithSomethingInEveryTable("bert", "Bert's evening stretch");
        clock.set(Instant.parse("2026-07-01T12:00:00Z"));
    }

    @AfterEach
    void signOutAndRestoreTheClock() {
        SignedIn.nobody();
        clock.set(before);
    }

    @Test
    void everyTableWithAUserIdColumnHasItsPartInTheFile() {
        assertThat(ROWS_IN_THE_FILE.keySet())
                .as("tables of personal data: give a new one its part of the export, then count its rows here")
                .containsExactlyInAnyOrderElementsOf(tablesWithAUserIdColumn());
    }

    @Test
    void theFileHoldsEveryRowOfThePerson() throws IOException {
        JsonNode file = json.readTree(exportOf(anna).get(PersonalDataExport.JSON));

        assertThat(file.path("account").path("username").asString()).isEqualTo(anna.getUsername());
        for (String table : tablesWithAUserIdColumn()) {
            int rows = jdbc.queryForObject("select count(*) from " + table + " where user_id = ?", Integer.class,
                    anna.id());
            assertThat(rows).as(table + " is filled by this test").isPositive();
            assertThat(ROWS_IN_THE_FILE.get(table).applyAsInt(file)).as(table).isEqualTo(rows);
        }
        assertThat(sum(file.path("routines"), "exercises")).as("ROUTINE_EXERCISE").isEqualTo(jdbc.queryForObject(
                "select count(*) from routine_exercise e join routine r on r.id = e.routine_id where r.user_id = ?",
                Integer.class, anna.id()));
    }

    @Test
    void everyValueOfThePersonsRowsIsInTheFile() throws IOException {
        String file = exportOf(anna).get(PersonalDataExport.JSON);

        for (String table : tablesWithAUserIdColumn()) {
            for (Map<String, Object> row : rowsOf(table, anna)) {
                row.forEach((column, value) -> {
                    if (!KEY_COLUMNS.contains(column.toUpperCase(java.util.Locale.ROOT))) {
                        texts(value).forEach(text -> assertThat(file).as(table + "." + column).contains(text));
                    }
                });
            }
        }
        for (String column : List.of("USERNAME", "CREATED_AT")) {
            Object value = jdbc.queryForMap("select * from app_user where id = ?", anna.id()).get(column);
            texts(value).forEach(text -> assertThat(file).as("APP_USER." + column).contains(text));
        }
    }

    @Test
    void nothingOfAnotherPersonIsInTheFile() throws IOException {
        String file = exportOf(anna).get(PersonalDataExport.JSON);

        assertThat(file).doesNotContain(bert.getUsername(), "Bert's evening stretch");
        for (String table : tablesWithAUserIdColumn()) {
            for (Map<String, Object> row : rowsOf(table, bert)) {
                row.values().stream().filter(value -> value instanceof OffsetDateTime || value instanceof Timestamp)
                        .flatMap(value -> texts(value).stream())
                        .forEach(time -> assertThat(file).as(table + " of the other person").doesNotContain(time));
            }
        }
    }

    @Test
    void thePasswordHashIsNotInTheFile() throws IOException {
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, anna.id());

        Map<String, String> zip = exportOf(anna);

        assertThat(zip.values()).allSatisfy(text -> assertThat(text).doesNotContain(hash)
                .doesNotContainIgnoringCase("passwordHash").doesNotContainIgnoringCase("password_hash"));
    }

    @Test
    void downloadingChangesNothing() throws IOException {
        Map<String, Integer> annasRows = UserRows.of(jdbc, anna.id());
        Map<String, Integer> bertsRows = UserRows.of(jdbc, bert.id());

        exportOf(anna);

        assertThat(UserRows.of(jdbc, anna.id())).isEqualTo(annasRows);
        assertThat(UserRows.of(jdbc, bert.id())).isEqualTo(bertsRows);
    }

    @Test
    void theZipHoldsTheJsonAndAReadmeThatExplainsEveryPart() throws IOException {
        Map<String, String> zip = exportOf(anna);

        assertThat(zip).containsOnlyKeys(PersonalDataExport.JSON, PersonalDataExport.README);
        JsonNode file = json.readTree(zip.get(PersonalDataExport.JSON));
        assertThat(file.path("format").asString()).isEqualTo("backcoach-my-data");
        assertThat(file.path("exportedAt").asString()).isEqualTo("2026-07-01T12:00:00Z");
        assertThat(file.propertyNames()).allSatisfy(part -> assertThat(zip.get(PersonalDataExport.README))
                .as("the README explains " + part).contains(part));
    }

    private AccountPrincipal personWithSomethingInEveryTable(String prefix, String routineName) {
        AccountPrincipal person = TestAccounts.create(accounts, prefix);
        SignedIn.as(person);
        settings.setCuesMuted(true);
        settings.rememberBrowser("Europe/Vienna", "de-AT");
        settings.setTargets(3, 4);
        settings.setSpasmStartedAt(clock.instant().minus(Duration.ofDays(3)));
        settings.setEmergencyNumber("144");
        safety.record(TestSafety.answers(RedFlag.NEW_LEG_SYMPTOMS));
        clock.advanceSeconds(600);
        safety.confirmDoctorSeen();
        clock.advanceSeconds(600);
        safety.record(TestSafety.answers(RedFlag.UNWELL));
        safety.acknowledgeWarning();
        long pelvicTilt = exercises.findBySlug("pelvic-tilt").orElseThrow().id();
        RoutineInfo routine = routines.create(new RoutineDraft(routineName, "Slow and easy", true,
                List.of(new RoutineDraft.Item(pelvicTilt, 7, 4, 2, 20, false))));
        clock.advanceSeconds(60);
        StartedWorkout started = workouts.start(routine.key(), 4).orElseThrow();
        Instant setStart = clock.instant().plusSeconds(5);
        workouts.recordSet(started, new CompletedSet("pelvic-tilt", "Pelvic tilt", 1, 1, Side.NONE, 3, 4, 7,
                List.of(7013L, 6987L, 7021L), setStart, setStart.plusSeconds(41)));
        clock.advanceSeconds(90);
        workouts.reportHurt(started.id(), "pelvic-tilt", Hurt.SPREADING);
        workouts.finish(started.id(), false);
        workouts.ratePainAfter(started.id(), 6);
        workouts.recordLegSymptoms(started.id(), LegSymptoms.SAME);
        clock.advanceSeconds(600);
        care.finish(care.start(CareKind.WALK, 10), Duration.ofMinutes(8));
        reminders.save(List.of(LocalTime.of(7, 45), LocalTime.of(19, 15)), true, "Europe/Vienna");
        reminders.newCalendarLink();
        SignedIn.nobody();
        return person;
    }

    /** The entries of the person's ZIP, by name, as text. */
    private Map<String, String> exportOf(AccountPrincipal person) throws IOException {
        SignedIn.as(person);
        byte[] zip = export.zip();
        SignedIn.nobody();
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private List<String> tablesWithAUserIdColumn() {
        return jdbc.queryForList("""
                select upper(table_name) from information_schema.columns
                where lower(table_schema) = lower(current_schema) and lower(column_name) = 'user_id'
                order by 1""", String.class);
    }

    private List<Map<String, Object>> rowsOf(String table, AccountPrincipal person) {
        return jdbc.queryForList("select * from " + table + " where user_id = ?", person.id());
    }

    /** A stored value as the file writes it: times in UTC as ISO 8601, comma-separated lists item by item. */
    private static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof OffsetDateTime time) {
            texts.add(time.toInstant().toString());
        } else if (value instanceof Timestamp time) {
            texts.add(time.toInstant().toString());
        } else if (value instanceof String text) {
            for (String item : text.split(",")) {
                if (!item.isEmpty()) {
                    texts.add(item);
                }
            }
        } else if (value != null) {
            texts.add(value.toString());
        }
        return texts;
    }

    private static int sum(JsonNode list, String field) {
        return StreamSupport.stream(list.spliterator(), false).mapToInt(item -> item.path(field).size()).sum();
    }
}
