package app.backcoach.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A backup on demand while BackCoach runs: {@code POST /actuator/backup} with the administrator's
 * credentials (README, "Backups and restore"). Answers with the new file's name and size, or 409 with the
 * reason where there is no H2 file to back up (PostgreSQL).
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
    public WebEndpointResponse<Map<String, Object>> backUpNow() throws IOException {
        Path backup;
        try {
            backup = backups.backUp();
        } catch (IllegalStateException notThisDatabase) {
            // e.g. on PostgreSQL, whose own tools make its backups
            return new WebEndpointResponse<>(Map.of("error", notThisDatabase.getMessage()),
                    HttpStatus.CONFLICT.value());
        }
        log.info("Backup made on demand: {}", backup);
        return new WebEndpointResponse<>(Map.of("file", backup.getFileName().toString(), "bytes", Files.size(backup)));
    }
}
