package app.backcoach.security;

import app.backcoach.base.OwnerOnlyFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * Protects the H2 file that holds the health data, before the database is opened:
 * <ul>
 * <li>the folder of the file is created readable by its owner only (a warning if an existing one is not);</li>
 * <li>with {@code BACKCOACH_DB_KEY} set, the file is encrypted (H2's {@code CIPHER=AES}: the key is the
 * file password in front of the user's password);</li>
 * <li>with {@code backcoach.security.require-db-credentials} (the {@code prod} profile), the start is refused
 * while the database user is {@code sa} or has no password.</li>
 * </ul>
 */
@Component
class DatabaseAtRest implements BeanPostProcessor {

    static final String H2_FILE = "jdbc:h2:file:";
    private static final Logger log = LoggerFactory.getLogger(DatabaseAtRest.class);

    private final Environment environment;

    DatabaseAtRest(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties) {
            Connection connection = protect(new Connection(properties.getUrl(), properties.getUsername(),
                    properties.getPassword()), environment.getProperty("backcoach.db-key", ""),
                    environment.getProperty("backcoach.security.require-db-credentials", Boolean.class, false));
            properties.setUrl(connection.url());
            properties.setPassword(connection.password());
        }
        return bean;
    }

    /** The connection to open instead of the configured one; creates or narrows the data folder. */
    static Connection protect(Connection configured, String key, boolean requireCredentials) {
        if (requireCredentials && (configured.username() == null || configured.username().isBlank()
                || configured.username().equalsIgnoreCase("sa") || configured.password() == null
                || configured.password().isBlank())) {
            throw new IllegalStateException("The prod profile needs a database user other than 'sa' with a "
                    + "password: set BACKCOACH_DB_USER and BACKCOACH_DB_PASSWORD.");
        }
        if (configured.url() == null || !configured.url().startsWith(H2_FILE)) {
            return configured;
        }
        OwnerOnlyFolder.prepare(fileOf(configured.url()).toAbsolutePath().getParent());
        if (key == null || key.isEmpty()) {
            log.warn("The database file is not encrypted: set BACKCOACH_DB_KEY to encrypt it (see the README).");
            return configured;
        }
        if (key.contains(" ")) {
            throw new IllegalStateException("BACKCOACH_DB_KEY must not contain spaces.");
        }
        String url = configured.url().toUpperCase(java.util.Locale.ROOT).contains(";CIPHER=")
                ? configured.url() : configured.url() + ";CIPHER=AES";
        String password = configured.password() == null ? "" : configured.password();
        return new Connection(url, configured.username(), key + " " + password);
    }

    /** The database file of an H2 file URL, without H2's own ending. */
    static Path fileOf(String url) {
        String path = url.substring(H2_FILE.length());
        int options = path.indexOf(';');
        return Path.of(options < 0 ? path : path.substring(0, options));
    }

    record Connection(String url, String username, String password) {
    }
}
