package app.backcoach.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * Holds {@code sessions} signed-in users on the workout page of {@code load-test} for {@code hold} seconds
 * (each with its own HTTP session and UI, kept alive by heartbeats), for measuring the live heap per
 * session from outside (see {@code src/gatling/heap-per-session.sh}). With {@code -Dstarted=true} each
 * user also presses Start, so that the running workout is held instead of the page before it.
 */
public class OpenSessionsSimulation extends Simulation {

    private final String base = System.getProperty("base", "http://127.0.0.1:8383");
    private final int sessions = Integer.getInteger("sessions", 500);
    private final int ramp = Integer.getInteger("ramp", 60);
    private final int hold = Integer.getInteger("hold", 120);
    private final boolean started = Boolean.getBoolean("started");

    private final ScenarioBuilder open = scenario("open workout page")
            .exec(session -> session.set("username", "load-" + session.userId()))
            .exec(Vaadin.signIn(WorkoutSimulation.PASSWORD))
            .exec(Vaadin.open("open workout", "workout/load-test", "Start workout"))
            .doIf(session -> started).then(Vaadin.click("start", "Start workout", "<" + Vaadin.TIMER + ">"))
            .during(Duration.ofSeconds(hold)).on(pause(Duration.ofSeconds(60)).exec(Vaadin.heartbeat()));

    {
        setUp(open.injectOpen(rampUsers(sessions).during(ramp)))
                .protocols(http.baseUrl(base).disableCaching().userAgentHeader("BackCoach heap measurement"));
    }
}
