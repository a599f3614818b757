package app.backcoach.security;

import app.backcoach.security.DatabaseAtRest.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseAtRestTest {

    private static final String SYMPTOM = "numbness-around-the-saddle-area";

    @TempDir
    Path dir;

    @Test
    void withAKeyTheDatabaseFileHoldsNoHealthDataInTheClear() throws Exception {
        Connection plain = new Connection(url("plain"), "backcoach", "user-password");
        Connection encrypted = DatabaseAtRest.protect(new Connection(url("secret"), "backcoach", "user-password"),
                "a-long-random-file-key", false);

        store(plain);
        store(encrypted);

        assertThat(fileText("plain")).as("without a key, as a control").contains(SYMPTOM);
        assertThat(encrypted.url()).endsWith(";CIPHER=AES");
        assertThat(fileText("secret")).doesNotContain(SYMPTOM);
        assertThatThrownBy(() -> DriverManager.getConnection(url("secret"), "backcoach", "user-password").close())
                .as("the file cannot be opened without the key").isInstanceOf(SQLException.class);
        try (var connection = DriverManager.getConnection(encrypted.url(), encrypted.username(), encrypted.password());
             var result = connection.createStatement().executeQuery("select answer from answers")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo(SYMPTOM);
        }
    }

    @Test
    void theDataFolderIsCreatedForItsOwnerOnly() throws Exception {
        Path folder = dir.resolve("data");

        DatabaseAtRest.protect(new Connection("jdbc:h2:file:" + folder.resolve("backcoach") + ";WRITE_DELAY=0",
                "sa", ""), "", false);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    void theProdProfileRefusesSaOrAnEmptyPassword() {
        String url = "jdbc:h2:mem:prod-check";
        assertThatThrownBy(() -> DatabaseAtRest.protect(new Connection(url, "sa", "something"), "", true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BACKCOACH_DB_USER");
        assertThatThrownBy(() -> DatabaseAtRest.protect(new Connection(url, "backcoach", ""), "", true))
                .isInstanceOf(IllegalStateException.class);
        assertThat(DatabaseAtRest.protect(new Connection(url, "backcoach", "pw"), "", true).url()).isEqualTo(url);
        assertThat(DatabaseAtRest.protect(new Connection(url, "sa", ""), "", false).url())
                .as("outside prod, as before").isEqualTo(url);
    }

    @Test
    void theDemoProfileRefusesTheDefaultDataFile() {
        assertThatThrownBy(() -> DemoAccount.refuseRealData("jdbc:h2:file:./data/backcoach;WRITE_DELAY=0"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DemoAccount.refuseRealData("jdbc:h2:file:data/../data/backcoach"))
                .isInstanceOf(IllegalStateException.class);
        DemoAccount.refuseRealData("jdbc:h2:file:./data/demo;WRITE_DELAY=0");
    }

    private void store(Connection connection) throws SQLException {
        try (var db = DriverManager.getConnection(connection.url(), connection.username(), connection.password());
             var statement = db.createStatement()) {
            statement.execute("create table answers (answer varchar(100))");
            statement.execute("insert into answers values ('" + SYMPTOM + "')");
            statement.execute("shutdown");
        }
    }

    private String fileText(String name) throws Exception {
        return new String(Files.readAllBytes(dir.resolve(name + ".mv.db")), StandardCharsets.ISO_8859_1);
    }

    private String url(String name) {
        return "jdbc:h2:file:" + dir.resolve(name);
    }
}
