package app.backcoach.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * {@code java -jar backcoach.jar --backup-now}: makes one backup and ends, without serving anyone. H2 lets
 * one process open the file at a time, so this runs while BackCoach is stopped; while it runs, the daily
 * backup makes them.
 */
@Component
public class BackupNow implements ApplicationRunner {

    public static final String OPTION = "backup-now";
    private static final Logger log = LoggerFactory.getLogger(BackupNow.class);

    private final DatabaseBackup backups;

    BackupNow(DatabaseBackup backups) {
        this.backups = backups;
    }

    /** Whether the command line asks for a backup only. */
    public static boolean requested(String... args) {
        return Arrays.asList(args).contains("--" + OPTION);
    }

    /** The command line of a backup-only run: no web server (port -1), as it serves nobody. */
    public static String[] withoutWebServer(String... args) {
        return Stream.concat(Arrays.stream(args), Stream.of("--server.port=-1")).toArray(String[]::new);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            log.info("Backup made: {}", backups.backUp());
        }
    }
}
