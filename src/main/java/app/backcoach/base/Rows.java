package app.backcoach.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reading result rows the same way on H2 and PostgreSQL. */
public final class Rows {

    private Rows() {
    }

    /**
     * A {@code timestamp with time zone} column as an instant, or null. Read as an {@link OffsetDateTime}:
     * the JDBC type both drivers map it to (PostgreSQL's driver has no {@code Instant} conversion).
     */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
