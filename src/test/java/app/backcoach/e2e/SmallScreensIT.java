package app.backcoach.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running workout on the smallest phones, on a phone lying on its side, and with text at twice its size:
 * the ring, the rep counter and Pause stay whole, side by side or one above the other, never on top of each
 * other, and the page never scrolls sideways.
 */
class SmallScreensIT extends BrowserIT {

    @Test
    void onA320PixelPhoneTheRingTheRepCounterAndPauseAreAllOnScreen() {
        startAWorkout(320, 640);

        Map<String, BoundingBox> parts = workoutParts();
        assertAllInside(parts, 320, 640);
        assertNoneOverlap(parts);
        assertNoSidewaysScroll();
    }

    @Test
    void onAPhoneOnItsSideTheRingTheRepCounterAndPauseAreAllOnScreen() {
        startAWorkout(844, 390);

        Map<String, BoundingBox> parts = workoutParts();
        assertAllInside(parts, 844, 390);
        assertNoneOverlap(parts);
        assertThat(parts.get("Pause").x).as("the buttons beside the ring, not below it")
                .isGreaterThan(parts.get("timer").x + parts.get("timer").width);
        assertNoSidewaysScroll();
    }

    @Test
    void withTextAtTwiceItsSizeNothingRunsOffTheSideOrOverlaps() {
        // text zoom as a browser's text-size setting does it: the root font size doubles, the layout width stays
        page.addInitScript("document.addEventListener('DOMContentLoaded', () => "
                + "document.documentElement.style.fontSize = '200%')");
        startAWorkout(390, 844);
        // at this size the running screen is taller than the phone: after Start the focus (and the view) is
        // on Pause; the person scrolls up to read the rest
        page.locator(".workout-exercise-of").scrollIntoViewIfNeeded();

        Map<String, BoundingBox> parts = workoutParts();
        assertAllInside(parts, 390, Double.MAX_VALUE);
        assertNoneOverlap(parts);
        assertNoSidewaysScroll();
        BoundingBox account = page.locator(".user-menu vaadin-menu-bar-button").first().boundingBox();
        assertThat(account.x + account.width).as("the account menu in the top bar").isLessThanOrEqualTo(390.5);
        for (String path : List.of("", "safety", "care", "routines", "account")) {
            page.navigate(url(path));
            page.locator("h1").first().waitFor();
            assertNoSidewaysScroll();
        }
    }

    @Test
    void theProgressTableFitsA360PixelPhoneWithoutScrollingSidewaysInEnglishAndSpanish() {
        registerNewAccount();
        // 360 px: the narrowest of the common phones
        page.setViewportSize(360, 780);
        for (String[] language : new String[][] {{"English", "Progress"}, {"Español", "Progreso"}}) {
            page.navigate(url("account"));
            page.getByText(language[0], new Page.GetByTextOptions().setExact(true)).click();
            page.waitForTimeout(500);
            page.navigate(url("progress"));
            page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                    new Page.GetByRoleOptions().setName(language[1]).setLevel(1)).waitFor();
            Locator table = page.locator(".week-table");
            table.scrollIntoViewIfNeeded();

            assertThat((Boolean) table.evaluate("t => t.scrollWidth <= t.clientWidth"))
                    .as("the table in %s fits its 360 px phone", language[0]).isTrue();
            Locator firstRow = page.locator(".week-table tbody tr").first();
            double week = firstRow.locator("td").first().boundingBox().height;
            double figure = firstRow.locator("td").nth(1).boundingBox().height;
            String text = firstRow.locator("td").first().textContent();
            double line = ((Number) firstRow.locator("td").first().evaluate(
                    "td => parseFloat(getComputedStyle(td).lineHeight)")).doubleValue();
            assertThat(week).as("the week \"%s\" in %s on one line", text, language[0])
                    .isLessThan(figure + 1).isLessThan(2 * line);
        }
    }

    private void startAWorkout(int width, int height) {
        registerNewAccount();
        passSafetyCheck();
        page.setViewportSize(width, height);
        page.navigate(url("workout/quick-relief"));
        page.getByText("Start workout").click();
        page.locator("bc-phase-timer[data-kind='hold']").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
    }

    private Map<String, BoundingBox> workoutParts() {
        Map<String, BoundingBox> parts = new LinkedHashMap<>();
        parts.put("timer", page.locator("bc-phase-timer").boundingBox());
        parts.put("rep counter", page.locator(".workout-position").boundingBox());
        parts.put("Pause", page.getByText("Pause", new Page.GetByTextOptions().setExact(true)).boundingBox());
        return parts;
    }

    private static void assertAllInside(Map<String, BoundingBox> parts, double width, double height) {
        parts.forEach((name, box) -> {
            assertThat(box).as(name).isNotNull();
            assertThat(box.x).as("left of %s", name).isGreaterThanOrEqualTo(-0.5);
            assertThat(box.x + box.width).as("right of %s", name).isLessThanOrEqualTo(width + 0.5);
            assertThat(box.y).as("top of %s", name).isGreaterThanOrEqualTo(-0.5);
            assertThat(box.y + box.height).as("bottom of %s", name).isLessThanOrEqualTo(height + 0.5);
        });
    }

    private static void assertNoneOverlap(Map<String, BoundingBox> parts) {
        List<String> names = List.copyOf(parts.keySet());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                BoundingBox a = parts.get(names.get(i));
                BoundingBox b = parts.get(names.get(j));
                boolean apart = a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5
                        || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;
                assertThat(apart).as("%s and %s do not overlap", names.get(i), names.get(j)).isTrue();
            }
        }
    }

    private void assertNoSidewaysScroll() {
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= innerWidth"))
                .as("no sideways scrolling on %s", page.url()).isTrue();
    }
}
