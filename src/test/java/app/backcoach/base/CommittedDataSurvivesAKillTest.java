package app.backcoach.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A set confirmed as saved must survive a crash. A child process commits a row with the app's H2 settings
 * and is killed at once (SIGKILL, no shutdown hooks); the row must be there when the file is opened again.
 */
class CommittedDataSurvivesAKillTest {

    @TempDir
    Path folder;

    @Test
    void theAppsDatabaseUrlWritesEachCommitAtOnce() throws IOException {
        assertThat(appDatabaseUrl()).startsWith("jdbc:h2:file:").contains(";WRITE_DELAY=0").contains(";REUSE_SPACE=FALSE").contains(";DEFRAG_ALWAYS=TRUE");
    }

    @Test
    void aCommittedRowIsThereAfterTheProcessIsKilled() throws Exception {
        String settings = appDatabaseUrl().substring(appDatabaseUrl().indexOf(';'));
        String url = "jdbc:h2:file:" + folder.resolve("crash") + settings;
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), url)
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("committed")) {
                // skip anything the child prints before its commit
            }
            assertThat(line).isEqualTo("committed");
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from saved_set")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    private static String appDatabaseUrl() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CommittedDataSurvivesAKillTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url");
    }
}
