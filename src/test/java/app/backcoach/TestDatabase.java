package app.backcoach;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Which database the tests run on: H2 in memory (the default), or PostgreSQL when the {@code postgres} Maven
 * profile sets {@code spring.datasource.url} (README, "Running on PostgreSQL").
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean postgres() {
        return System.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
    }

    public static String username() {
        return postgres() ? System.getProperty("spring.datasource.username") : "sa";
    }

    public static String password() {
        return postgres() ? System.getProperty("spring.datasource.password") : "";
    }

    /** An empty database of its own: an in-memory H2 one, or a new schema in the PostgreSQL test database. */
    public static String fresh(String name) throws SQLException {
        String unique = name + "_" + UUID.randomUUID().toString().replace("-", "");
        if (!postgres()) {
            return "jdbc:h2:mem:" + unique + ";DB_CLOSE_DELAY=-1";
        }
        String url = System.getProperty("spring.datasource.url");
        try (Connection db = DriverManager.getConnection(url, username(), password())) {
            db.createStatement().execute("create schema " + unique);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + unique;
    }
}
