package app.backcoach.backup;

import app.backcoach.base.OwnerOnlyFolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Backups of the whole H2 database, made while BackCoach runs: H2's {@code BACKUP TO} writes a consistent
 * copy of the database file into a ZIP (an encrypted file stays encrypted). Each backup is named after the
 * database and the moment in UTC ({@code backcoach-20261130T033000Z.zip}); only the newest
 * {@code backcoach.backup.keep} of the database are kept. Restoring is unzipping one over the data folder
 * while BackCoach is stopped (README, "Backups and restore").
 */
@Service
public class DatabaseBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String UNFINISHED = ".part";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Path folder;
    private final int keep;

    DatabaseBackup(JdbcTemplate jdbc, Clock clock, @Value("${backcoach.backup.dir}") Path folder,
                   @Value("${backcoach.backup.keep}") int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("backcoach.backup.keep must be at least 1, not " + keep);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.folder = folder.toAbsolutePath().normalize();
        this.keep = keep;
    }

    /**
     * Backs the database up now, then deletes its oldest backups beyond the number to keep. Fails for a
     * database that is not an H2 file (an in-memory one, PostgreSQL).
     *
     * @return the new backup
     */
    public synchronized Path backUp() {
        String product = jdbc.execute((ConnectionCallback<String>) db -> db.getMetaData().getDatabaseProductName());
        if (!"H2".equals(product)) {
            throw new IllegalStateException("BackCoach backs up its own H2 database only; back " + product
                    + " up with its own tools (README, \"Running on PostgreSQL\").");
        }
        String database = jdbc.queryForObject("select database_path()", String.class);
        if (database == null) {
            throw new IllegalStateException("The database is not a file: there is nothing to back up.");
        }
        String name = Path.of(database).getFileName().toString();
        OwnerOnlyFolder.prepare(folder);
        Path backup = folder.resolve(name + "-" + STAMP.format(clock.instant()) + ".zip");
        // written under another name first: a backup cut off half-way never passes for a whole one
        Path unfinished = folder.resolve(backup.getFileName() + UNFINISHED);
        try {
            jdbc.execute("backup to '" + unfinished.toAbsolutePath().toString().replace("'", "''") + "'");
            Files.move(unfinished, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            deleteAllButTheNewest(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the backup " + backup, e);
        }
        return backup;
    }

    /** The backups of the database with this name, newest first (the names sort by their time). */
    List<Path> backupsOf(String name) throws IOException {
        Pattern backup = Pattern.compile(Pattern.quote(name) + "-\\d{8}T\\d{6}Z\\.zip");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> backup.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed()).toList();
        }
    }

    private void deleteAllButTheNewest(String name) throws IOException {
        for (Path old : backupsOf(name).stream().skip(keep).toList()) {
            Files.deleteIfExists(old);
        }
        // left by a backup that was cut off (a stop, a full disk); only one backup runs at a time
        Pattern leftover = Pattern.compile(Pattern.quote(name) + "-\\d{8}T\\d{6}Z\\.zip" + Pattern.quote(UNFINISHED));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(file -> leftover.matcher(file.getFileName().toString()).matches()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
