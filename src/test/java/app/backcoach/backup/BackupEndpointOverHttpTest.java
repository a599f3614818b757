package app.backcoach.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The backup on demand while the app runs, over real HTTP: the administrator only, and it restores. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BackupEndpointOverHttpTest {

    private static final String ADMIN_PASSWORD = "a long administrator password 1";

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("db/backcoach") + ";WRITE_DELAY=0;REUSE_SPACE=FALSE");
        registry.add("backcoach.backup.dir", () -> folder.resolve("backups").toString());
        registry.add("backcoach.admin.password", () -> ADMIN_PASSWORD);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void nobodyButTheAdministratorMakesABackup() throws Exception {
        var before = backups();
        assertThat(post(null).statusCode()).as("no credentials").isEqualTo(401);
        assertThat(post(basic("admin", "wrong password, long enough")).statusCode()).isEqualTo(401);
        assertThat(post(basic("load-1", ADMIN_PASSWORD)).statusCode()).as("another name").isEqualTo(401);
        assertThat(backups()).isEqualTo(before);
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("the health check stays public").isEqualTo(200);
    }

    @Test
    void theAdministratorsBackupIsMadeWhileTheAppRunsAndRestoresEveryRow() throws Exception {
        var before = backups();
        HttpResponse<String> answer = post(basic("admin", ADMIN_PASSWORD));

        assertThat(answer.statusCode()).isEqualTo(200);
        var made = new java.util.ArrayList<>(backups());
        made.removeAll(before);
        assertThat(made).hasSize(1);
        Path backup = made.getFirst();
        assertThat(answer.body()).contains(backup.getFileName().toString());
        assertThat(answer.headers().firstValue("Set-Cookie")).as("no session for the administrator").isEmpty();

        Path restored = folder.resolve("restored");
        unzip(backup, restored);
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("backcoach"), "sa", "");
             ResultSet rows = db.createStatement().executeQuery("select count(*) from exercise")) {
            rows.next();
            assertThat(rows.getInt(1)).as("the catalogue's exercises in the restored copy").isGreaterThanOrEqualTo(4);
        }
    }

    private HttpResponse<String> post(String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/backup"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static java.util.List<Path> backups() throws IOException {
        Path dir = folder.resolve("backups");
        if (!Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".zip")).toList();
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.copy(in, into.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
    }
}
