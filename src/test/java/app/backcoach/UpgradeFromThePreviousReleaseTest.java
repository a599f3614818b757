package app.backcoach;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database made by the previous release's migrations (V1..V7), with rows in every table, upgrades to the
 * latest schema on start: every row is still there, renamed answers are mapped, and Hibernate validates the
 * result. Every future migration must keep this green; when a release ships, move {@link #PREVIOUS_RELEASE}
 * and add a fixture of its own.
 */
@Tag("database")
class UpgradeFromThePreviousReleaseTest {

    static final String PREVIOUS_RELEASE = "7";
    /** The people's rows in each table (built-in routines may change with a release; people's data may not). */
    private static final List<String> TABLES = List.of("app_user", "user_settings", "routine where user_id is not null",
            "routine_exercise where routine_id in (select id from routine where user_id is not null)", "workout",
            "workout_set", "red_flag_check", "care_session");

    @Test
    void aDatabaseOfThePreviousReleaseUpgradesWithEveryRowKept() throws Exception {
        String url = TestDatabase.fresh("upgrade");
        // one connection for the old release's migrations and rows, kept open as a pool would keep it
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, TestDatabase.username(),
                TestDatabase.password(), true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(PREVIOUS_RELEASE).load()
                .migrate();
        ScriptUtils.executeSqlScript(dataSource.getConnection(), new ClassPathResource("upgrade/rows-at-v7.sql"));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Integer> before = TABLES.stream().map(table -> count(jdbc, table)).toList();
        assertThat(before).as("the fixture fills every table").allMatch(rows -> rows > 0);

        // the app's own start: Flyway migrates to the latest version, then Hibernate validates the schema
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + TestDatabase.username(),
                        "--spring.datasource.password=" + TestDatabase.password(), "--server.port=0",
                        "--spring.main.banner-mode=off")) {
            assertThat(TABLES.stream().map(table -> count(jdbc, table)).toList()).as("rows per table")
                    .isEqualTo(before);
            assertThat(jdbc.queryForObject("select yes_answers from red_flag_check where id = 1000", String.class))
                    .isEqualTo("SERIOUS_ACCIDENT,BOTH_LEGS");
            assertThat(jdbc.queryForObject("select same_day from red_flag_check where id = 1001", Boolean.class))
                    .as("a fever is a same-day matter now").isTrue();
            assertThat(jdbc.queryForObject("select count(*) from leg_spreading where user_id = 1000", Integer.class))
                    .as("a recent 'spreading' answer raises the flag").isEqualTo(1);
            assertThat(jdbc.queryForObject("select reps from routine_exercise where id = 1000", Integer.class))
                    .isEqualTo(12);
            assertThat(jdbc.queryForObject("select slug from routine where id = 1", String.class)).isEqualTo("gentle-start");
        } finally {
            dataSource.destroy();
        }
    }

    private static int count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
