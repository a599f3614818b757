package app.backcoach.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The packaged jar (target/*-SNAPSHOT.jar) as a process of its own, for the drills that stop or kill it. */
final class PackagedApp {

    private PackagedApp() {
    }

    /** A port nobody listens on now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the jar with these arguments, its output in {@code log}, and returns once its health answers 200
     * and its log says what {@code ready} waits for (e.g. that the load profile's accounts are made).
     */
    static Process start(int port, Path log, Predicate<String> ready, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString(), "--server.port=" + port));
        command.addAll(List.of(arguments));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create("http://localhost:" + port + "/actuator/health");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && app.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200 && ready.test(Files.readString(log))) {
                    return app;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(250); // polls for the condition above, up to the deadline
        }
        app.destroyForcibly();
        throw new IllegalStateException("the app did not start: " + Files.readString(log));
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.toString().endsWith("-SNAPSHOT.jar")).findFirst().orElseThrow();
        }
    }
}
