package app.backcoach.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * Holds {@code sessions} signed-in users (accounts {@code load-<first>} onwards) on the workout page of
 * {@code load-test}, each with its own HTTP session and UI, kept alive by heartbeats, until the file
 * {@code stopFile} appears or {@code maxHold} seconds have passed: for measuring the live heap per session
 * from outside ({@code src/gatling/heap-per-session.sh}). With {@code -Dstarted=true} each user also presses
 * Start, so that a running workout is held instead of the page before it.
 */
public class OpenSessionsSimulation extends Simulation {

    private final String base = System.getProperty("base", "http://127.0.0.1:8383");
    private final int sessions = Integer.getInteger("sessions", 500);
    private final int first = Integer.getInteger("first", 1);
    private final int ramp = Integer.getInteger("ramp", 60);
    private final long maxHold = Long.getLong("maxHold", 900);
    private final Path stopFile = Path.of(System.getProperty("stopFile", "target/heap/stop"));
    private final boolean started = Boolean.getBoolean("started");

    private final ScenarioBuilder open = scenario("open workout page")
            .exec(session -> session.set("username", "load-" + (first + session.userId() - 1))
                    .set("until", System.nanoTime() + Duration.ofSeconds(maxHold).toNanos()))
            .exec(Vaadin.signIn(WorkoutSimulation.PASSWORD))
            .exec(Vaadin.open("open workout", "workout/load-test", "Start workout"))
            .doIf(session -> started).then(Vaadin.click("start", "Start workout", "<" + Vaadin.TIMER + ">"))
            .asLongAs(session -> !Files.exists(stopFile) && System.nanoTime() < session.getLong("until"), "wait")
            .on(pause(Duration.ofSeconds(5))
                    .doIf(session -> session.getInt("wait") % 12 == 11).then(Vaadin.heartbeat()));

    {
        setUp(open.injectOpen(rampUsers(sessions).during(ramp)))
                .protocols(http.baseUrl(base).disableCaching().userAgentHeader("BackCoach heap measurement"));
    }
}
