package app.backcoach;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts, per table of user data (every table with a USER_ID column), the rows that belong to one account. */
public final class UserRows {

    private UserRows() {
    }

    public static Map<String, Integer> of(JdbcTemplate jdbc, long userId) {
        List<String> tables = jdbc.queryForList("""
                select upper(table_name) from information_schema.columns
                where lower(table_schema) = lower(current_schema) and lower(column_name) = 'user_id'
                order by 1""", String.class);
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("APP_USER", jdbc.queryForObject("select count(*) from app_user where id = ?", Integer.class, userId));
        for (String table : tables) {
            rows.put(table, jdbc.queryForObject("select count(*) from " + table + " where user_id = ?",
                    Integer.class, userId));
        }
        return rows;
    }
}
