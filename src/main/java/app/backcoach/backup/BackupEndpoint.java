package app.backcoach.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A backup on demand while BackCoach runs: {@code POST /actuator/backup} with the administrator's
 * credentials (README, "Backups and restore"). Answers with the new file's name and size.
 */
@Component
@Endpoint(id = "backup")
public class BackupEndpoint {

    private static final Logger log = LoggerFactory.getLogger(BackupEndpoint.class);

    private final DatabaseBackup backups;

    BackupEndpoint(DatabaseBackup backups) {
        this.backups = backups;
    }

    @WriteOperation
    public Map<String, Object> backUpNow() throws java.io.IOException {
        Path backup = backups.backUp();
        log.info("Backup made on demand: {}", backup);
        return Map.of("file", backup.getFileName().toString(), "bytes", Files.size(backup));
    }
}
