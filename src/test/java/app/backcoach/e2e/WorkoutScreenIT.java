package app.backcoach.e2e;

import app.backcoach.TestRoutines;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The running workout as a person sees it: the ring, the sound, what fits on a phone, the summary's pain scale. */
class WorkoutScreenIT extends BrowserIT {

    private static final double CIRCUMFERENCE = 2 * Math.PI * 45;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRingRunsDownDuringAHoldOnALaptopAndOnAPhone() {
        long routineId = signInWithARoutine(6, 1);
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("workout/" + routineId));
            page.getByText("Start workout").click();
            page.locator("bc-phase-timer[data-kind='hold']").waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));

            List<Double> offsets = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                page.waitForTimeout(1_000);
                offsets.add(ringOffset());
            }
            assertThat(offsets).as("the ring's stroke-dashoffset at %d px wide, 1 s apart", size[0])
                    .isSorted().doesNotHaveDuplicates().allMatch(offset -> offset < CIRCUMFERENCE - 1);
            assertThat(offsets.getFirst()).as("a fifth of a 6 s hold or so has passed").isLessThan(CIRCUMFERENCE * 0.6);
        }
    }

    @Test
    void theSoundIsOnForTheTonesAndOffBetweenThem() {
        long routineId = signInWithARoutine(6, 1);
        // every audio context the page makes, and each state it takes
        page.addInitScript("""
                (() => {
                  const Original = window.AudioContext;
                  window.__audioStates = [];
                  window.AudioContext = class extends Original {
                    constructor(...args) {
                      super(...args);
                      this.addEventListener('statechange', () => window.__audioStates.push(this.state));
                    }
                  };
                })()""");
        page.navigate(url("workout/" + routineId));
        page.getByText("Start workout").click();
        page.locator("bc-phase-timer[data-kind='hold']").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
        page.waitForTimeout(2_000);

        @SuppressWarnings("unchecked")
        List<String> states = (List<String>) page.evaluate("() => window.__audioStates");
        // unlocked by the press of Start and put to sleep, woken for the tone that starts the hold, asleep again
        assertThat(states).as("the audio's states until 2 s into the hold")
                .containsSubsequence("suspended", "running", "suspended")
                .endsWith("suspended");

        // once unlocked, a key press during the hold leaves the sound asleep
        page.keyboard().press("Shift");
        page.waitForTimeout(400);
        @SuppressWarnings("unchecked")
        List<String> afterAKey = (List<String>) page.evaluate("() => window.__audioStates");
        assertThat(afterAKey).as("the audio's states after a key press in the hold").isEqualTo(states);
    }

    @Test
    void withReducedMotionAskedForTheRingStandsStillWhileTheDigitsCountDown() {
        long routineId = signInWithARoutine(6, 1);
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        page.navigate(url("workout/" + routineId));
        page.getByText("Start workout").click();
        page.locator("bc-phase-timer[data-kind='hold']").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));

        List<Double> offsets = new ArrayList<>();
        List<String> digits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            page.waitForTimeout(1_000);
            offsets.add(ringOffset());
            digits.add((String) page.evaluate("() => document.querySelector('bc-phase-timer').shadowRoot"
                    + ".querySelector('.digits').textContent"));
        }
        Number animations = (Number) page.evaluate("() => document.querySelector('bc-phase-timer').shadowRoot"
                + ".querySelector('.progress').getAnimations().length");
        assertThat(animations.intValue()).as("animations on the ring").isZero();
        assertThat(offsets).as("the ring's offset, 1 s apart, during the hold").containsOnly(offsets.getFirst());
        assertThat(digits).as("the digits, 1 s apart").doesNotHaveDuplicates();
    }

    @Test
    void theRunningWorkoutFitsAPhoneUprightAndSidewaysWithoutScrolling() {
        signInWithARoutine(6, 1);
        for (int[] size : new int[][] {{390, 844}, {844, 390}}) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("workout/quick-relief"));
            // as a person does: scroll down to the button, past the intro, and press it
            page.getByText("Start workout").click();
            page.locator("bc-phase-timer[data-kind='hold']").waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));

            double top = page.locator("vaadin-app-layout [slot=navbar]").first().boundingBox().height;
            for (Locator part : List.of(page.locator(".workout-running h1"), page.locator(".workout-position"),
                    page.locator("bc-phase-timer"), page.locator(".workout-next"),
                    page.getByText("Pause", new Page.GetByTextOptions().setExact(true)))) {
                BoundingBox box = part.boundingBox();
                assertThat(box).as("%s at %dx%d", part, size[0], size[1]).isNotNull();
                assertThat(box.y).as("top of %s at %dx%d, below the top bar", part, size[0], size[1])
                        .isGreaterThanOrEqualTo(top - 0.5);
                assertThat(box.y + box.height).as("bottom of %s at %dx%d", part, size[0], size[1])
                        .isLessThanOrEqualTo(size[1] + 0.5);
                assertThat(box.x).isGreaterThanOrEqualTo(-0.5);
                assertThat(box.x + box.width).isLessThanOrEqualTo(size[0] + 0.5);
            }
            String digits = (String) page.evaluate("() => document.querySelector('bc-phase-timer').shadowRoot"
                    + ".querySelector('.digits').textContent");
            assertThat(digits).matches("\\d+");
        }
    }

    /**
     * On a touch phone the layout puts the menu's button in a bar at the bottom of the screen: the running workout
     * must still show its name, rep line, ring, what comes next, Pause and This hurts without scrolling, with the
     * longest first exercise name there is (knee-to-chest, in Spanish).
     */
    @Test
    void onATouchPhoneInSpanishPauseAndThisHurtsStayOnScreenWithALongName() {
        String username = registerNewAccount();
        passSafetyCheck();
        try (com.microsoft.playwright.BrowserContext phone = browser.newContext(new com.microsoft.playwright.Browser
                .NewContextOptions().setViewportSize(390, 844).setHasTouch(true).setIsMobile(true).setLocale("es-ES"))) {
            Page touch = phone.newPage();
            touch.navigate(url("login"));
            touch.locator("input[name=username]").fill(username);
            touch.locator("input[name=password]").fill(app.backcoach.TestAccounts.PASSWORD);
            touch.locator("input[name=password]").press("Enter");
            touch.waitForURL(url(""));
            touch.navigate(url("workout/flexion"));
            touch.getByText("Empezar el entrenamiento").click();
            touch.locator("bc-phase-timer").waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
            assertThat(touch.locator(".workout-running h1")).hasText("Rodilla al pecho (una pierna)");
            touch.waitForTimeout(500);

            double top = ((Number) touch.evaluate("() => document.querySelector('vaadin-app-layout').shadowRoot"
                    + ".querySelector('[part=content]').getBoundingClientRect().top")).doubleValue();
            for (Locator part : List.of(touch.locator(".workout-running h1"), touch.locator(".workout-position"),
                    touch.locator("bc-phase-timer"), touch.locator(".workout-next"),
                    touch.getByText("Pausa", new Page.GetByTextOptions().setExact(true)),
                    touch.getByText("Esto duele", new Page.GetByTextOptions().setExact(true)))) {
                BoundingBox box = part.boundingBox();
                assertThat(box.y).as("top of %s, below the top bar", part).isGreaterThanOrEqualTo(top - 0.5);
                assertThat(box.y + box.height).as("bottom of %s", part).isLessThanOrEqualTo(844.5);
                Object uncovered = part.evaluate("""
                        e => { const r = e.getBoundingClientRect();
                               const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height - 2);
                               return hit === e || e.contains(hit) || (hit && hit.contains(e)); }""");
                assertThat(uncovered).as("nothing over the bottom of %s", part).isEqualTo(true);
            }
        }
    }

    @Test
    void startCanBeSeenAndPressedWithoutScrollingAndRestsAfterTheIntroAtItsEnd() {
        signInWithARoutine(6, 1);
        for (int[] size : new int[][] {{390, 844}, {844, 390}, {1280, 800}}) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("workout/quick-relief"));
            Locator start = page.locator(".start-button");
            start.waitFor();
            BoundingBox box = start.boundingBox();
            assertThat(box.y).as("top of Start at %dx%d", size[0], size[1]).isGreaterThanOrEqualTo(0);
            assertThat(box.y + box.height).as("bottom of Start at %dx%d, before any scrolling", size[0], size[1])
                    .isLessThanOrEqualTo(size[1]);
            // nothing lies over it (the bottom bar of a phone's layout, say)
            Object ownPoint = start.evaluate("""
                    button => {
                      const r = button.getBoundingClientRect();
                      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                      return button === hit || button.contains(hit);
                    }""");
            assertThat(ownPoint).as("the middle of Start at %dx%d is Start's", size[0], size[1]).isEqualTo(true);
            assertThat(page.evaluate("() => { const content = document.querySelector('vaadin-app-layout')"
                    + ".shadowRoot.querySelector('[part=content]'); return content.scrollWidth <= content.clientWidth; }"))
                    .as("nothing to scroll sideways to at %dx%d", size[0], size[1]).isEqualTo(true);

            // scrolled to the end, it comes after the intro's last words instead of lying over them
            Locator lastWords = page.locator(".workout-intro > p").last();
            lastWords.scrollIntoViewIfNeeded();
            page.evaluate("() => document.querySelector('vaadin-app-layout').shadowRoot"
                    + ".querySelector('[part=content]').scrollTop = 1e6");
            page.waitForTimeout(200);
            BoundingBox words = lastWords.boundingBox();
            BoundingBox atTheEnd = start.boundingBox();
            assertThat(atTheEnd.y).as("top of Start at the end of the intro at %dx%d", size[0], size[1])
                    .isGreaterThanOrEqualTo(words.y + words.height);
        }
        page.getByText("Start workout").click();
        page.locator("bc-phase-timer").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED)
                .setTimeout(30_000));
    }

    @Test
    void finishAsksFirstAndKeepGoingBringsBackTheRunningScreenOnAPhone() {
        signInWithARoutine(6, 2);
        page.setViewportSize(390, 844);
        page.navigate(url("workout/quick-relief"));
        page.getByText("Start workout").click();
        page.locator("bc-phase-timer").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED)
                .setTimeout(30_000));

        page.getByText("Finish", new Page.GetByTextOptions().setExact(true)).click();
        Locator keepGoing = page.getByText("Keep going");
        assertThat(page.getByText("End the workout now?")).isInViewport();
        assertThat(keepGoing).isInViewport();
        assertThat(page.locator("vaadin-button:focus")).hasText("Keep going");
        assertThat(page.evaluate("() => document.querySelector('bc-phase-timer').paused")).as("paused while it asks")
                .isEqualTo(true);

        keepGoing.click();
        assertThat(page.getByText("End the workout now?")).isHidden();
        assertThat(page.evaluate("() => document.querySelector('bc-phase-timer').paused")).as("running again")
                .isEqualTo(false);
        double top = page.locator("vaadin-app-layout [slot=navbar]").first().boundingBox().height;
        for (Locator part : List.of(page.locator(".workout-running h1"), page.locator("bc-phase-timer"),
                page.getByText("Pause", new Page.GetByTextOptions().setExact(true)))) {
            page.waitForTimeout(300);
            BoundingBox box = part.boundingBox();
            assertThat(box.y).as("top of %s after Keep going", part).isGreaterThanOrEqualTo(top - 0.5);
            assertThat(box.y + box.height).as("bottom of %s after Keep going", part).isLessThanOrEqualTo(844.5);
        }

        page.getByText("Finish", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("End the workout", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("Workout saved")).isVisible();
    }

    @Test
    void everyPhasesWordStaysInsideTheRingOnAPhoneAndALaptopInEnglishAndSpanish() {
        signInWithARoutine(6, 1);
        List<String> words = List.of("Get ready", "Hold", "Relax", "Rest", "Switch sides", "Next exercise", "Done",
                "Prepárate", "Mantén", "Relaja", "Descansa", "Cambia de lado", "Siguiente ejercicio", "Terminado");
        for (int[] size : new int[][] {{390, 844}, {844, 390}, {1280, 800}}) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("workout/quick-relief"));
            page.getByText("Start workout").click();
            page.locator("bc-phase-timer[data-kind='wait']").waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.ATTACHED));
            assertThat(page.locator("bc-phase-timer").getAttribute("data-phase")).isEqualTo("Get ready");
            page.getByText("Pause", new Page.GetByTextOptions().setExact(true)).click();
            for (String word : words) {
                // the word as the server sets it for a phase; the farthest corner of its box from the ring's
                // centre, in ring widths: the ring's inner edge is at 0.42 (a circle of radius 45 with a stroke of
                // 6 in a 100-wide view box)
                @SuppressWarnings("unchecked")
                List<Object> measured = (List<Object>) page.evaluate("""
                        async word => {
                          const timer = document.querySelector('bc-phase-timer');
                          timer.label = word;
                          await timer.updateComplete;
                          const ring = timer.getBoundingClientRect();
                          const label = timer.shadowRoot.querySelector('.label');
                          const box = label.getBoundingClientRect();
                          const cx = ring.left + ring.width / 2, cy = ring.top + ring.height / 2;
                          const far = Math.max(...[[box.left, box.top], [box.right, box.top],
                              [box.left, box.bottom], [box.right, box.bottom]]
                              .map(([x, y]) => Math.hypot(x - cx, y - cy)));
                          return [label.textContent, far / ring.width, box.height];
                        }""", word);
                assertThat(measured.get(0)).isEqualTo(word);
                assertThat(((Number) measured.get(1)).doubleValue()).as("\"%s\"'s farthest corner at %dx%d", word,
                        size[0], size[1]).isLessThanOrEqualTo(0.42);
                assertThat(((Number) measured.get(2)).doubleValue()).as("\"%s\"'s height at %dx%d", word, size[0],
                        size[1]).isGreaterThanOrEqualTo(17);
            }
        }
    }

    @Test
    void thePainScaleOfTheSummaryIsOneRowOnALaptop() {
        long routineId = signInWithARoutine(1, 1);
        page.navigate(url("workout/" + routineId));
        page.getByText("Start workout").click();
        assertThat(page.getByText("Well done")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));

        Locator ratings = page.locator(".pain-after bc-pain-scale label");
        assertThat(ratings).hasCount(11);
        double firstTop = ratings.first().boundingBox().y;
        for (int i = 0; i < 11; i++) {
            assertThat(ratings.nth(i).boundingBox().y).as("top of rating %d", i).isEqualTo(firstTop);
            // the radio button itself covers its big face: a touch screen reader finds it there
            com.microsoft.playwright.options.BoundingBox radio = ratings.nth(i).locator("input").boundingBox();
            assertThat(radio.width).as("width of rating %d's radio button", i).isGreaterThanOrEqualTo(44);
            assertThat(radio.height).as("height of rating %d's radio button", i).isGreaterThanOrEqualTo(44);
        }
    }

    private long signInWithARoutine(int holdSeconds, int reps) {
        String username = registerNewAccount();
        passSafetyCheck();
        long userId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        return TestRoutines.create(jdbc, userId, "Tilts", "pelvic-tilt", holdSeconds, reps, 1, 0);
    }

    private double ringOffset() {
        return ((Number) page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('bc-phase-timer')"
                + ".shadowRoot.querySelector('.progress')).strokeDashoffset)")).doubleValue();
    }
}
