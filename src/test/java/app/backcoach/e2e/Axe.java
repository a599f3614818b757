package app.backcoach.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on the page as it is now, against WCAG 2.2 A and AA in the light colour scheme and, for contrast,
 * again in the dark one (the app follows the system's): a serious or critical violation fails the journey, named with its rule, impact,
 * elements and help page. Nothing is excluded.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private Axe() {
    }

    /** Checks the page in light and in dark, and leaves it in light. */
    static void assertNoSeriousViolations(Page page, String where) {
        try {
            for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
                page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
                settle(page);
                // the colour scheme changes colours only: in the dark, the contrast rule is the one to run again
                AxeBuilder axe = scheme == ColorScheme.LIGHT ? new AxeBuilder(page).withTags(TAGS)
                        : new AxeBuilder(page).withRules(List.of("color-contrast"));
                AxeResults results = axe.analyze();
                assertThat(results.isErrored()).as("axe ran on %s (%s): %s", where, scheme, results.getErrorMessage())
                        .isFalse();
                List<Rule> serious = results.getViolations().stream()
                        .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact())).toList();
                assertThat(serious).as("serious or critical accessibility violations on %s (%s colour scheme):%n%s",
                        where, scheme, describe(serious)).isEmpty();
            }
        } finally {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        }
    }

    /** Lets the colours' transitions end (a contrast is measured on the colours shown, not on their way). */
    private static void settle(Page page) {
        page.evaluate("() => Promise.all(document.getAnimations()"
                + ".filter(a => a.effect && a.effect.getTiming().iterations !== Infinity)"
                + ".map(a => a.finished.catch(() => null)))");
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + " " + rule.getHelpUrl() + "\n" + rule.getNodes().stream().map(Axe::describe)
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    " + node.getTarget() + " " + node.getHtml()
                + (node.getFailureSummary() == null ? "" : "\n      " + node.getFailureSummary().replace("\n", " | "));
    }
}
