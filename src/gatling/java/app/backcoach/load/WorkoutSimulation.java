package app.backcoach.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * BackCoach under load, against an app started with the {@code load} profile (accounts {@code load-N}, the
 * routines {@code load-test} and {@code load-session} with 1-2 s holds). Two journeys, users arriving over
 * {@code ramp} seconds and staying {@code stayMin} to {@code stayMax} seconds:
 * <ul>
 * <li>workout: sign in, open the routine, Start, report every phase end when the browser's timer would,
 * see the summary, open History; again until the stay is over;</li>
 * <li>browse: sign in, the exercise library, an exercise, Progress; again until the stay is over.</li>
 * </ul>
 * Each user arrives once and signs in with an account of their own: workout users take load-1 upwards,
 * browsers the accounts after them (so the app needs {@code load.users} >= workouts + browsers). Settings: {@code -Dbase=http://127.0.0.1:8383 -Dworkouts=2000 -Dbrowsers=100
 * -Dramp=60 -DstayMin=300 -DstayMax=600 -Droutine=load-session}.
 */
public class WorkoutSimulation extends Simulation {

    static final String PASSWORD = "load-test-stretch-slowly";

    private final String base = System.getProperty("base", "http://127.0.0.1:8383");
    private final int workouts = Integer.getInteger("workouts", 2000);
    private final int browsers = Integer.getInteger("browsers", 100);
    private final int ramp = Integer.getInteger("ramp", 60);
    private final int stayMin = Integer.getInteger("stayMin", 300);
    private final int stayMax = Integer.getInteger("stayMax", 600);
    /** The routine of the workout journey: load-test (37 s a workout) or load-session (about 4 minutes). */
    private final String routine = System.getProperty("routine", "load-test");

    private final HttpProtocolBuilder protocol = http.baseUrl(base).disableCaching()
            .acceptHeader("*/*").userAgentHeader("BackCoach load test");

    /** Users arrived so far per journey: Gatling's user ids count both journeys together. */
    private final AtomicInteger workoutUsers = new AtomicInteger();
    private final AtomicInteger browseUsers = new AtomicInteger();

    /** Accounts load-(firstAccount + 1) onwards, one per user of the journey that {@code arrived} counts. */
    private ChainBuilder arrive(int firstAccount, AtomicInteger arrived) {
        return exec(session -> session.set("username", "load-" + (firstAccount + arrived.incrementAndGet()))
                        .set("stay", ThreadLocalRandom.current().nextInt(stayMin, stayMax + 1)))
                .exec(Vaadin.signIn(PASSWORD));
    }

    private static final String START = "Start workout | Start again";

    /**
     * Workout users who have pressed Start once and whose visit is not over. The phase reports made while
     * all of them are in (the target's "2,000 users in workouts") are "phase report"; those made while users
     * are still arriving or already leaving are "phase report (arrival or departure)".
     */
    private final AtomicInteger present = new AtomicInteger();

    /** After each Start: counts the user in at their first. */
    private Session inWorkouts(Session session) {
        if (session.contains("present")) {
            return session;
        }
        present.incrementAndGet();
        return session.set("present", true);
    }

    private Session leaves(Session session) {
        if (session.contains("present")) {
            present.decrementAndGet();
        }
        return session;
    }

    private String phaseReport(Session session) {
        return present.get() >= workouts ? "phase report" : "phase report (arrival or departure)";
    }

    private final ScenarioBuilder workout = scenario("workout").exec(arrive(0, workoutUsers))
            .exec(Vaadin.open("open routines", "routines", "Load test"))
            .during(session -> Duration.ofSeconds(session.getInt("stay")), "visit", false).on(
                    // a workout this user left unfinished (an earlier run stopped) is offered for resuming,
                    // and Start then reads "Start again"
                    Vaadin.navigate("open workout", "workout/" + routine, START),
                    pause(Duration.ofSeconds(1), Duration.ofSeconds(3)),
                    Vaadin.click("start", START, "<" + Vaadin.TIMER + ">"),
                    exec(this::inWorkouts),
                    Vaadin.reportPhasesUntilDone(this::phaseReport),
                    pause(Duration.ofSeconds(1), Duration.ofSeconds(3)),
                    Vaadin.navigate("history", "history", "History"),
                    pause(Duration.ofSeconds(2), Duration.ofSeconds(5)))
            .exec(this::leaves);

    private final ScenarioBuilder browse = scenario("browse").exec(arrive(workouts, browseUsers))
            .exec(Vaadin.open("open library", "exercises", "Pelvic tilt"))
            .during(session -> Duration.ofSeconds(session.getInt("stay")), "visit", false).on(
                    pause(Duration.ofSeconds(3), Duration.ofSeconds(8)),
                    Vaadin.navigate("exercise", "exercises/pelvic-tilt", "Pelvic tilt"),
                    pause(Duration.ofSeconds(3), Duration.ofSeconds(8)),
                    Vaadin.navigate("progress", "progress", "Progress"),
                    pause(Duration.ofSeconds(3), Duration.ofSeconds(8)),
                    Vaadin.navigate("library", "exercises", "Pelvic tilt"));

    {
        setUp(workout.injectOpen(rampUsers(workouts).during(ramp)),
                browse.injectOpen(rampUsers(browsers).during(ramp)))
                .protocols(protocol)
                // the targets of issue 12; the run prints each with the value it measured
                .assertions(details("phase report").responseTime().percentile(95.0).lte(25),
                        details("phase report").responseTime().percentile(99.0).lte(50),
                        global().failedRequests().count().is(0L));
    }
}
