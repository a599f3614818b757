package app.backcoach.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM to the packaged app while requests arrive: every request that reached it is answered, the process
 * ends within 10 s, and the database closes cleanly and opens again.
 */
class GracefulStopIT {

    @Test
    void sigtermLetsRequestsUnderWayFinishAndClosesTheDatabaseWithinTenSeconds(@TempDir Path data) throws Exception {
        int port = PackagedApp.freePort();
        Path log = data.resolve("app.log");
        String database = "jdbc:h2:file:" + data.resolve("backcoach").toAbsolutePath() + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;DEFRAG_ALWAYS=TRUE";
        Process app = PackagedApp.start(port, log, output -> true, "--spring.datasource.url=" + database);
        URI login = URI.create("http://localhost:" + port + "/login");
        try {

            AtomicBoolean stopping = new AtomicBoolean();
            AtomicInteger answered = new AtomicInteger();
            AtomicInteger closedUnread = new AtomicInteger();
            List<String> failed = new CopyOnWriteArrayList<>();
            List<Thread> clients = java.util.stream.IntStream.range(0, 8).mapToObj(i -> Thread.ofPlatform().start(() -> {
                while (app.isAlive()) {
                    // a connection of its own for each request, as a page load after a pause would open: a
                    // request sent on a kept-alive connection that the server closes at the stop never reaches
                    // it (browsers send such a request again), so it would tell nothing of requests under way
                    try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(login)
                                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() >= 500) {
                            failed.add("HTTP " + response.statusCode());
                        } else {
                            answered.incrementAndGet();
                        }
                    } catch (ConnectException | HttpConnectTimeoutException notStarted) {
                        // turned away at the door once the stop began: never under way
                    } catch (IOException | InterruptedException e) {
                        if (stopping.get() && String.valueOf(e.getMessage()).contains("received no bytes")) {
                            // the kernel had accepted the connection into the listen queue, but the app never read
                            // the request: the connector closes such connections when it stops. Not under way.
                            closedUnread.incrementAndGet();
                        } else if (!stopping.get() || app.isAlive()) {
                            failed.add(e.toString());
                        }
                    }
                }
            })).toList();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (answered.get() < 40 && System.nanoTime() < deadline) {
                Thread.sleep(20); // polls until the clients have a steady stream of answers
            }
            int before = answered.get();
            long signalled = System.nanoTime();
            stopping.set(true);
            app.destroy(); // SIGTERM
            boolean exited = app.waitFor(15, TimeUnit.SECONDS);
            long exitMillis = (System.nanoTime() - signalled) / 1_000_000;
            for (Thread client : clients) {
                client.join(5_000);
            }
            String output = Files.readString(log);
            System.out.printf("%nGraceful stop: %d requests answered before SIGTERM, %d in all, %d failed, %d closed "
                            + "unread in the listen queue; exit after %d ms (code %s)%n%n", before, answered.get(),
                    failed.size(), closedUnread.get(), exitMillis, exited ? app.exitValue() : "none");

            assertThat(exited).as("the app ended").isTrue();
            assertThat(exitMillis).as("ms from SIGTERM to exit").isLessThan(10_000);
            assertThat(before).as("requests answered before the stop").isPositive();
            assertThat(failed).as("requests that had started and failed").isEmpty();
            assertThat(output).contains("Commencing graceful shutdown").contains("Graceful shutdown complete");
            assertThat(output).doesNotContain("Exception");
            try (Connection db = DriverManager.getConnection(database, "sa", "");
                 ResultSet rows = db.createStatement().executeQuery("select count(*) from exercise")) {
                rows.next();
                assertThat(rows.getInt(1)).as("the database opens again, with its rows").isPositive();
            }
        } finally {
            app.destroyForcibly();
        }
    }
}
