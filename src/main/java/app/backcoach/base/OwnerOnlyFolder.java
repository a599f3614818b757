package app.backcoach.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** A folder for health data (the database, its backups): made readable by its owner only. */
public final class OwnerOnlyFolder {

    private static final Logger log = LoggerFactory.getLogger(OwnerOnlyFolder.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFolder() {
    }

    /**
     * Creates the folder (and its parents) for its owner only; a folder that exists is left as it is (it might
     * be a home folder), with a warning when others may read it.
     */
    public static void prepare(Path folder) {
        if (folder == null) {
            return;
        }
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (Files.notExists(folder)) {
                if (!posix) {
                    Files.createDirectories(folder);
                    return;
                }
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                // the umask may have taken permissions away from the attribute, never added any: set them exactly
                Files.setPosixFilePermissions(folder, OWNER_ONLY);
            } else if (posix && !Files.getPosixFilePermissions(folder).equals(OWNER_ONLY)) {
                log.warn("The folder {} can be read by others than its owner: chmod 700 it.", folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the folder " + folder, e);
        }
    }
}
