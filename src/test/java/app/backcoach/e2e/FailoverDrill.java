package app.backcoach.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failover drill (docs/scale-out.md): PostgreSQL, two nodes and HAProxy started by
 * {@code deploy/run-two-nodes.sh}; people in workouts on both nodes, each through the proxy in a browser of
 * their own; once every one of them has a set the server confirmed, node1 is killed with SIGKILL. The
 * people on node2 must see no error and finish; the people of node1 sign in again, are offered their workout
 * where they left off, and finish it; every confirmed set is in the database, none twice, one workout each.
 * Run by name (needs root for PostgreSQL, HAProxy from apt, and the packaged jar):
 * {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FailoverDrill}
 * ({@code -Dfailover.users=6}).
 */
class FailoverDrill {

    private static final String PASSWORD = "load-test-stretch-slowly";
    private static final String DATABASE = "jdbc:postgresql://localhost:5432/backcoach_test";
    private static final String DB_USER = "backcoach";
    private static final String DB_PASSWORD = "backcoach-local-only";

    private record Person(String username, BrowserContext context, Page page, String node, AtomicInteger errors) {
    }

    @Test
    void losingANodeLosesNoConfirmedSetAndTheOtherNodesPeopleSeeNoError() throws Exception {
        int users = Integer.getInteger("failover.users", 6);
        Path run = Path.of("target", "failover").toAbsolutePath();
        Files.createDirectories(run);
        int proxyPort = PackagedApp.freePort();
        int node1Port = PackagedApp.freePort();
        int node2Port = PackagedApp.freePort();
        String base = "http://localhost:" + proxyPort + "/";
        script(run, Map.of(), "deploy/postgres.sh", "start-test");
        script(run, Map.of("BACKCOACH_PROXY_PORT", "" + proxyPort, "BACKCOACH_NODE1_PORT", "" + node1Port,
                "BACKCOACH_NODE2_PORT", "" + node2Port, "BACKCOACH_PROFILES", "load,postgres",
                "BACKCOACH_RUN_DIR", run.toString(), "BACKCOACH_NODE_ARGS", "--load.users=" + users
                        + " --spring.datasource.url=" + DATABASE + " --backcoach.security.client-failure-limit=10000"),
                "deploy/run-two-nodes.sh", "start");
        try (Playwright playwright = BrowserIT.newPlaywright()) {
            Browser browser = BrowserIT.launch(playwright);
            List<Person> people = new ArrayList<>();
            for (int i = 1; i <= users; i++) {
                people.add(openWorkout(browser, base, "load-" + i));
            }
            // all start within a second or two, so that every one is in the middle of the routine at the kill
            people.forEach(person -> person.page().getByText("Start workout").click());
            long onNode1 = people.stream().filter(person -> person.node().equals("node1")).count();
            System.out.printf("failover: %d people, %d on node1, %d on node2%n", users, onNode1, users - onNode1);
            assertThat(onNode1).as("people on each node").isBetween(1L, users - 1L);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (people.stream().anyMatch(person -> confirmed(person) == 0) && System.nanoTime() < deadline) {
                Thread.sleep(200); // polls the pages until each has a confirmed set
            }
            Map<String, Integer> confirmedAtKill = new java.util.HashMap<>();
            people.forEach(person -> confirmedAtKill.put(person.username(), confirmed(person)));
            people.forEach(person -> person.errors().set(0)); // from here on, every error counts
            long pid = Long.parseLong(Files.readString(run.resolve("node1.pid")).trim());
            long killed = System.nanoTime();
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            System.out.printf("failover: node1 (pid %d) killed with SIGKILL; confirmed sets then %s%n", pid,
                    confirmedAtKill);

            List<Long> secondsToGoOn = new ArrayList<>();
            for (Person person : people) {
                if (person.node().equals("node1")) {
                    resume(person, base);
                    secondsToGoOn.add(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - killed));
                }
            }
            for (Person person : people) {
                person.page().getByText("Well done").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
            }
            int survivorErrors = people.stream().filter(person -> person.node().equals("node2"))
                    .mapToInt(person -> person.errors().get()).sum();
            int confirmedSets = 0;
            int foundSets = 0;
            int twice = 0;
            int workouts = 0;
            try (Connection db = DriverManager.getConnection(DATABASE, DB_USER, DB_PASSWORD)) {
                for (Person person : people) {
                    int[] stored = stored(db, person.username());
                    confirmedSets += confirmedAtKill.get(person.username());
                    assertThat(stored[0]).as("%s: sets stored >= confirmed at the kill", person.username())
                            .isGreaterThanOrEqualTo(confirmedAtKill.get(person.username()));
                    assertThat(stored[0]).as("%s: the routine's 2 sets, done", person.username()).isEqualTo(2);
                    foundSets += stored[0];
                    twice += stored[1];
                    workouts += stored[2];
                }
            }
            System.out.printf("%nFailover drill: %d people (%d on node1, %d on node2); errors seen on node2 after the"
                            + " kill: %d; sets confirmed before the kill: %d, sets found after: %d (of %d planned), "
                            + "stored twice: %d; workouts: %d; seconds from the kill until each node1 person went on "
                            + "(signed in, resumed): %s%n%n", users, onNode1, users - onNode1, survivorErrors,
                    confirmedSets, foundSets, users * 2, twice, workouts, secondsToGoOn);
            assertThat(survivorErrors).as("errors on the surviving node").isZero();
            assertThat(twice).as("sets stored twice").isZero();
            assertThat(workouts).as("one workout per person, resumed rather than started again").isEqualTo(users);
        } finally {
            script(run, Map.of("BACKCOACH_RUN_DIR", run.toString()), "deploy/run-two-nodes.sh", "stop");
        }
    }

    private static Person openWorkout(Browser browser, String base, String username) {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        AtomicInteger errors = new AtomicInteger();
        page.onResponse(response -> {
            if (response.status() >= 500) {
                errors.incrementAndGet();
            }
        });
        page.onRequestFailed(request -> errors.incrementAndGet());
        signIn(page, base, username);
        String node = context.cookies().stream().filter(cookie -> cookie.name.equals("SERVERID"))
                .map(cookie -> cookie.value).findFirst().orElse("none");
        page.navigate(base + "workout/load-test");
        page.locator("bc-phase-timer").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.evaluate(CrashDrillIT.RECORDER);
        return new Person(username, context, page, node, errors);
    }

    private static void resume(Person person, String base) {
        Page page = person.page();
        page.navigate(base + "workout/load-test");
        page.waitForLoadState();
        if (page.url().contains("/login")) {
            signIn(page, base, person.username());
            if (!page.url().endsWith("/workout/load-test")) {
                page.navigate(base + "workout/load-test");
            }
        }
        page.getByText("Resume where you left off", new Page.GetByTextOptions().setExact(false)).first().click();
    }

    private static int confirmed(Person person) {
        return ((Number) person.page().evaluate("() => window.__confirmed ? window.__confirmed.size : 0")).intValue();
    }

    private static void signIn(Page page, String base, String username) {
        page.navigate(base + "login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        BrowserIT.submitSignIn(page);
        // to the start page, or to the page that asked for the sign-in
        page.waitForURL(url -> url.startsWith(base) && !url.contains("/login"));
    }

    /** The person's sets in their latest workout of the load-test routine, how many twice, and their workouts. */
    private static int[] stored(Connection db, String username) throws SQLException {
        String person = "(select id from app_user where username = ?)";
        int sets = count(db, "select count(*) from workout_set where workout_id = (select max(id) from workout where user_id = "
                + person + ")", username);
        int twice = count(db, "select count(*) from (select exercise_position, set_number, side from workout_set "
                + "where user_id = " + person + " group by workout_id, exercise_position, set_number, side "
                + "having count(*) > 1) t", username);
        int workouts = count(db, "select count(*) from workout where user_id = " + person, username);
        return new int[] {sets, twice, workouts};
    }

    private static int count(Connection db, String sql, String username) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void script(Path run, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(run.resolve("scripts.log").toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + " (see target/failover/scripts.log)").isZero();
    }
}
