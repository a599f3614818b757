package app.backcoach;

import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.TestContextManager;

import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The application of the service tests ({@link BackCoachTest}: in-memory database, controllable clock) for jqwik
 * properties. jqwik runs beside Jupiter and without its Spring extension, so it cannot inject; this takes the
 * context from Spring's test context cache instead, the same one the Jupiter service tests use, so the
 * properties start no second application.
 */
public final class PropertyContext {

    @BackCoachTest
    private static final class Configuration {
    }

    private static volatile TestContextManager manager;
    private static volatile String countRows;

    private PropertyContext() {
    }

    public static ApplicationContext context() {
        if (manager == null) {
            manager = new TestContextManager(Configuration.class);
        }
        return manager.getTestContext().getApplicationContext();
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    /** A new account, signed in on this thread, for one property's tries. */
    public static AccountPrincipal signInNew(String prefix) {
        AccountPrincipal principal = TestAccounts.create(bean(AccountService.class), prefix);
        SignedIn.as(principal);
        return principal;
    }

    /**
     * The account's rows in every table of user data (every table with a USER_ID column, and its APP_USER row):
     * what "nothing was stored" is checked against.
     */
    public static Map<String, Integer> rowsOf(AccountPrincipal principal) {
        JdbcTemplate jdbc = bean(JdbcTemplate.class);
        if (countRows == null) {
            List<String> tables = jdbc.queryForList("""
                    select table_name from information_schema.columns
                    where table_schema = 'PUBLIC' and column_name = 'USER_ID' order by table_name""", String.class);
            countRows = "select 'APP_USER', count(*) from app_user where id = :user" + tables.stream()
                    .map(table -> " union all select '" + table + "', count(*) from " + table + " where user_id = :user")
                    .collect(Collectors.joining());
        }
        Map<String, Integer> rows = new TreeMap<>();
        new NamedParameterJdbcTemplate(jdbc).query(countRows, Map.of("user", principal.id()),
                (ResultSet row) -> {
                    rows.put(row.getString(1), row.getInt(2));
                });
        return rows;
    }
}
