package app.backcoach.backup;

import app.backcoach.MutableClock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup made while the database is open holds every committed row: unzipped into a fresh folder, as the
 * README's restore steps do, the database opens with the same rows in every table, encrypted or not. Only the
 * newest backups are kept.
 */
class DatabaseBackupTest {

    private static final String OPTIONS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE";
    private static final String ROUTINE_NAME = "Olga's tilts";

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T03:30:00Z"));
    private final List<SingleConnectionDataSource> open = new ArrayList<>();

    @AfterEach
    void closeTheDatabases() {
        open.forEach(SingleConnectionDataSource::destroy);
    }

    @Test
    void aBackupUnzippedIntoAFreshFolderOpensWithEveryRow() throws Exception {
        JdbcTemplate jdbc = databaseWithRowsInEveryTable(url(dir.resolve("data")), "sa", "");

        Path backup = new DatabaseBackup(jdbc, clock, dir.resolve("backups"), 14).backUp();

        assertThat(backup.getFileName()).hasToString("backcoach-20261130T033000Z.zip");
        assertThat(entries(backup)).containsKey("backcoach.mv.db");
        Path restored = unzip(backup, dir.resolve("restored"));
        assertThat(everyRow(jdbc(url(restored), "sa", ""))).isEqualTo(everyRow(jdbc));
    }

    @Test
    void anEncryptedDatabaseStaysEncryptedInItsBackupAndOpensWithItsKey() throws Exception {
        String key = "a-long-random-file-key user-password";
        JdbcTemplate jdbc = databaseWithRowsInEveryTable(url(dir.resolve("data")) + ";CIPHER=AES", "backcoach", key);

        Path backup = new DatabaseBackup(jdbc, clock, dir.resolve("backups"), 14).backUp();

        assertThat(new String(entries(backup).get("backcoach.mv.db"), StandardCharsets.ISO_8859_1))
                .doesNotContain(ROUTINE_NAME);
        Path restored = unzip(backup, dir.resolve("restored"));
        assertThatThrownBy(() -> DriverManager.getConnection(url(restored), "backcoach", "user-password").close())
                .as("without the key").isInstanceOf(SQLException.class);
        assertThat(everyRow(jdbc(url(restored) + ";CIPHER=AES", "backcoach", key))).isEqualTo(everyRow(jdbc));
    }

    @Test
    void whatIsNotCommittedWhenTheBackupRunsIsNotInIt() throws Exception {
        String url = url(dir.resolve("data"));
        JdbcTemplate jdbc = databaseWithRowsInEveryTable(url, "sa", "");
        try (Connection unfinished = DriverManager.getConnection(url, "sa", "")) {
            unfinished.setAutoCommit(false);
            unfinished.createStatement().execute("delete from workout_set");
            unfinished.createStatement().execute("update routine set name = 'half-way' where user_id is not null");

            Path backup = new DatabaseBackup(jdbc, clock, dir.resolve("backups"), 14).backUp();

            Map<String, List<String>> restored = everyRow(jdbc(url(unzip(backup, dir.resolve("restored"))), "sa", ""));
            assertThat(restored).isEqualTo(everyRow(jdbc));
            assertThat(restored.get("WORKOUT_SET")).isNotEmpty();
            unfinished.rollback();
        }
    }

    @Test
    void onlyTheNewestBackupsOfTheDatabaseAreKept() throws Exception {
        JdbcTemplate jdbc = jdbc(url(dir.resolve("data")), "sa", "");
        Path backups = Files.createDirectories(dir.resolve("backups"));
        List<Path> others = List.of(backups.resolve("notes.txt"), backups.resolve("demo-20200101T000000Z.zip"),
                backups.resolve("backcoach-by-hand.zip"));
        for (Path other : others) {
            Files.writeString(other, "not ours to delete");
        }
        Files.writeString(backups.resolve("backcoach-20200101T000000Z.zip.part"), "cut off by a stop");
        DatabaseBackup backup = new DatabaseBackup(jdbc, clock, backups, 3);

        List<Path> made = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            made.add(backup.backUp());
            clock.advance(Duration.ofDays(1));
        }

        assertThat(backup.backupsOf("backcoach")).containsExactly(made.get(4), made.get(3), made.get(2));
        assertThat(others).allMatch(Files::exists);
        try (var files = Files.list(backups)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void theCommandLineSwitchMakesOneBackup() throws Exception {
        Path backups = dir.resolve("backups");
        BackupNow runner = new BackupNow(new DatabaseBackup(jdbc(url(dir.resolve("data")), "sa", ""), clock, backups, 14));

        runner.run(new DefaultApplicationArguments());
        assertThat(backups).doesNotExist();
        runner.run(new DefaultApplicationArguments("--backup-now"));

        assertThat(backups.resolve("backcoach-20261130T033000Z.zip")).isRegularFile();
        assertThat(BackupNow.requested("--backup-now")).isTrue();
        assertThat(BackupNow.withoutWebServer("--backup-now")).containsExactly("--backup-now", "--server.port=-1");
    }

    @Test
    void anInMemoryDatabaseHasNothingToBackUp() {
        DatabaseBackup backup = new DatabaseBackup(jdbc("jdbc:h2:mem:nothing-to-back-up", "sa", ""), clock,
                dir.resolve("backups"), 14);

        assertThatThrownBy(backup::backUp).isInstanceOf(IllegalStateException.class).hasMessageContaining("not a file");
        assertThatThrownBy(() -> new DatabaseBackup(jdbc("jdbc:h2:mem:keep", "sa", ""), clock, dir, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The schema of the app (Flyway), with the people's rows of the upgrade test's fixture, a "This hurts", a
     * progression step, a reminder with a calendar link and a scheduled job's lock.
     */
    private JdbcTemplate databaseWithRowsInEveryTable(String url, String user, String password) throws SQLException {
        JdbcTemplate jdbc = jdbc(url, user, password);
        var dataSource = (SingleConnectionDataSource) jdbc.getDataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("7").load().migrate();
        ScriptUtils.executeSqlScript(dataSource.getConnection(), new ClassPathResource("upgrade/rows-at-v7.sql"));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc.update("""
                insert into hurt_report (workout_id, user_id, exercise_slug, kind, reported_at)
                values (1000, 1000, 'pelvic-tilt', 'SHARP', timestamp with time zone '2026-10-21 08:01:00+00')""");
        jdbc.update("""
                insert into progression_change (routine_id, changed_at, accepted, exercise_slug, reps_before, reps_after)
                values (1000, timestamp with time zone '2026-10-21 08:00:00+00', true, 'pelvic-tilt', 5, 6)""");
        jdbc.update("""
                insert into reminder (user_id, session_times, walks, time_zone, changed_at, feed_token_hash,
                                      feed_created_at)
                values (1000, '09:00,18:00', true, 'Europe/London', timestamp with time zone '2026-10-21 08:00:00+00',
                        '%s', timestamp with time zone '2026-10-21 08:00:00+00')""".formatted("ab".repeat(32)));
        jdbc.update("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('daily-backup', timestamp with time zone '2026-10-21 03:31:00+00',
                        timestamp with time zone '2026-10-21 03:30:00+00', 'node1')""");
        Map<String, List<String>> rows = everyRow(jdbc);
        assertThat(rows).as("every table has rows").allSatisfy((table, tableRows) -> assertThat(tableRows).as(table)
                .isNotEmpty());
        assertThat(rows.get("ROUTINE").toString()).contains(ROUTINE_NAME);
        return jdbc;
    }

    private JdbcTemplate jdbc(String url, String user, String password) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, password, true);
        open.add(dataSource);
        return new JdbcTemplate(dataSource);
    }

    /** Every row of every table, as text, by table. */
    private static Map<String, List<String>> everyRow(JdbcTemplate jdbc) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("""
                select table_name from information_schema.tables where table_schema = 'PUBLIC' order by table_name""",
                String.class)) {
            rows.put(table, jdbc.queryForList("select * from \"" + table + "\"").stream().map(Object::toString)
                    .sorted().toList());
        }
        return rows;
    }

    private static String url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("backcoach").toAbsolutePath() + OPTIONS;
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** As {@code unzip -o backup.zip -d folder}. */
    private static Path unzip(Path zip, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.write(folder.resolve(entry.getName()), in.readAllBytes());
            }
        }
        return folder;
    }
}
