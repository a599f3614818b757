package app.backcoach.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The steps of a Vaadin Flow user as Gatling chains: sign in, open a UI, navigate, click a button found by
 * its text, report the ends of the workout timer's phases. Each answer is read into the user's
 * {@link VaadinUi} and checked: no error, and what the user should see is there (otherwise the request
 * counts as failed, with the reason).
 */
final class Vaadin {

    static final String TIMER = "bc-phase-timer";
    private static final String UI = "vaadinUi";
    /**
     * Each request names its step in this header, so that the app of the load profile can count its CPU time
     * per step ({@code GET /load-cpu}); anything else ignores it.
     */
    private static final String STEP = RequestCpuMeter.STEP;
    /** Parameters of the browser's own init request (screen, time zone); Vaadin needs only some of them. */
    private static final String BROWSER = "&query=&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280"
            + "&v-curdate=0&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-pr=1&v-np=1&v-td=false";
    /** An upper bound on the phases of one workout, so that a confused answer cannot loop for ever. */
    private static final int MAX_PHASES = 200;

    private Vaadin() {
    }

    static VaadinUi ui(Session session) {
        return (VaadinUi) session.get(UI);
    }

    /** Signs in through the login form; Spring Security answers with a redirect, to "/?error" on failure. */
    static ChainBuilder signIn(String password) {
        return exec(http("sign in").post("/login").formParam("username", "#{username}").formParam("password", password)
                .header("Sec-Fetch-Site", "same-origin").header(STEP, "sign in")
                .disableFollowRedirect()
                .check(status().is(302), header("Location").not("/login?error")))
                .exitHereIfFailed();
    }

    /**
     * Opens a new UI (a browser tab) on {@code route} and checks that {@code expected} shows. As in the
     * browser, the init answer holds only the UI; the page comes with the first navigation.
     */
    static ChainBuilder open(String name, String route, String expected) {
        return exec(session -> session.set(UI, new VaadinUi()))
                .exec(http(name + " (init)").get("/?v-r=init&location=" + route + BROWSER).header(STEP, name + " (init)")
                        .check(bodyString().transformWithSession((body, session) -> ui(session).init(body)).is("ok")))
                .exitHereIfFailed()
                .exec(navigate(name, route, expected));
    }

    /** Navigates inside the open UI, as a link in the side menu does. */
    static ChainBuilder navigate(String name, String route, String expected) {
        return exec(uidl(name, session -> ui(session).navigate(route), expected)).exitHereIfFailed()
                .exec(reportProperties(name));
    }

    /**
     * As the browser does once it has drawn an answer: reports the starting values of the new elements'
     * synchronized properties (the app layout's drawer, the menu's items, radio buttons), in one request.
     * Its answer is what the UI then keeps as its last answer, instead of the page's.
     */
    private static ChainBuilder reportProperties(String name) {
        return doIf(session -> ui(session).hasUnreportedProperties())
                .then(exec(uidl(name + " (properties)", session -> ui(session).reportProperties(), null)).exitHereIfFailed());
    }

    /**
     * Clicks the button that says {@code button} (or, for {@code "A | B"}, the first of them the page shows);
     * then {@code expected} must show.
     */
    static ChainBuilder click(String name, String button, String expected) {
        return exec(uidl(name, session -> {
            VaadinUi ui = ui(session);
            return ui.click(alternatives(button).map(text -> ui.find("vaadin-button", text)).flatMap(Optional::stream)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no button '" + button + "' in the page")));
        }, expected)).exitHereIfFailed().exec(reportProperties(name));
    }

    /** {@code "A | B"}: either text (a page that may show one or the other). */
    private static Stream<String> alternatives(String texts) {
        return Arrays.stream(texts.split(" \\| "));
    }

    /**
     * Runs the workout timer as the browser does: waits out each phase the server set on the timer, then
     * reports its end with the milliseconds that passed, until the server sets the phase "done".
     */
    static ChainBuilder reportPhasesUntilDone(Function<Session, String> name) {
        return asLongAs(session -> !timerShows(session, "done"), "phase").on(
                pause(session -> Duration.ofMillis(timer(session, "remainingMs").asLong()))
                        .exec(uidl(name, session -> {
                            VaadinUi ui = ui(session);
                            int timer = ui.find(TIMER).orElseThrow();
                            return ui.event(timer, "phase-end", VaadinUi.data()
                                    .put("event.detail.phaseId", timer(session, "phaseId").asInt())
                                    .put("event.detail.elapsedMs", timer(session, "durationMs").asDouble()));
                        }, null))
                        // a lost answer leaves this client out of step with the server: this user stops here
                        .exitHereIfFailed()
                        .exitHereIf(session -> session.getInt("phase") >= MAX_PHASES))
                .exitHereIfFailed();
    }

    /** Keeps an open UI alive, as the browser's heartbeat does (Vaadin closes UIs that miss three). */
    static HttpRequestActionBuilder heartbeat() {
        return http("heartbeat").post(session -> "/?v-r=heartbeat&v-uiId=" + ui(session).uiId()).header(STEP, "heartbeat").check(status().is(200));
    }

    static boolean timerShows(Session session, String kind) {
        VaadinUi ui = ui(session);
        JsonNode shown = ui.find(TIMER).map(node -> ui.property(node, "kind")).orElse(null);
        return shown != null && kind.equals(shown.asText());
    }

    /** A property the server set on the timer; fails (the request counts as failed) when it is not there. */
    private static JsonNode timer(Session session, String property) {
        VaadinUi ui = ui(session);
        return ui.find(TIMER).map(node -> ui.property(node, property)).orElseThrow(
                () -> new IllegalStateException("the timer has no '" + property + "'"));
    }

    private static HttpRequestActionBuilder uidl(String name, Function<Session, String> body, String expected) {
        return uidl(session -> name, body, expected);
    }

    private static HttpRequestActionBuilder uidl(Function<Session, String> name, Function<Session, String> body,
                                                 String expected) {
        return http(name).post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                .header("Content-Type", "application/json; charset=UTF-8").header(STEP, name)
                .body(StringBody(body::apply))
                .check(status().is(200), bodyString().transformWithSession((answer, session) -> expect(session,
                        ui(session).update(answer), expected)).is("ok"));
    }

    private static String expect(Session session, String read, String expected) {
        if (!read.equals("ok") || expected == null) {
            return read;
        }
        return alternatives(expected).anyMatch(text -> shown(ui(session), text)) ? "ok" : "'" + expected + "' does not show";
    }

    private static boolean shown(VaadinUi ui, String expected) {
        return expected.startsWith("<") ? ui.find(expected.substring(1, expected.length() - 1)).isPresent() : ui.shows(expected);
    }
}
