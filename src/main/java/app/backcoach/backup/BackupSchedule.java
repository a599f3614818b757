package app.backcoach.backup;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily backup, at {@code backcoach.backup.cron} (03:30 by default; {@code -} switches it off), on one
 * node at a time.
 */
@Configuration(proxyBeanMethods = false)
class BackupSchedule {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final DatabaseBackup backups;

    BackupSchedule(DatabaseBackup backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${backcoach.backup.cron}")
    @SchedulerLock(name = "daily-backup", lockAtLeastFor = "PT1M", lockAtMostFor = "PT1H")
    void daily() {
        try {
            log.info("Backup made: {}", backups.backUp());
        } catch (RuntimeException e) {
            log.error("The daily backup failed; the next one is tried at the next scheduled time", e);
        }
    }
}
