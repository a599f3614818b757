package app.backcoach.e2e;

import app.backcoach.TestAccounts;
import app.backcoach.TestRoutines;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole first visit with the keyboard alone (Tab, Space, Enter and the arrows; addresses typed, never a
 * click): register, answer the safety check, run a short workout to its end, find it in the history. The
 * focus is always visible, and it moves to the new content when the screen changes.
 */
class KeyboardJourneyIT extends BrowserIT {

    /** What has the focus, looking into shadow roots; "none" when nothing but the page has it. */
    private static final String FOCUSED = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              return a;
            }""";

    /**
     * Whether the focus can be seen: the Vaadin component that holds it shows its focus ring (Lumo draws it
     * for the {@code focus-ring} attribute), or the element itself has a ring while :focus-visible (a grid's
     * focused cell: while it is its focused cell), or, for a native radio button whose own mark is not drawn,
     * the face drawn beside it has one.
     */
    private static final String FOCUS_SHOWN = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              if (!a || a === document.body) return 'nothing has the focus';
              if (!a.checkVisibility() && !(a.parentElement && a.parentElement.checkVisibility())) {
                return 'the focus is on something hidden: ' + a.outerHTML.slice(0, 120);
              }
              // a native radio button drawn by the face beside it (the pain scale): the face has the ring
              if (a.matches('input[type=radio]') && a.nextElementSibling) {
                const face = getComputedStyle(a.nextElementSibling);
                return a.matches(':focus-visible') && face.outlineStyle !== 'none' && parseFloat(face.outlineWidth) > 0
                    ? 'shown' : 'no visible focus on the choice ' + a.outerHTML.slice(0, 120);
              }
              for (let n = a; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
                if (n.hasAttribute && n.hasAttribute('focus-ring')) return 'shown';
              }
              // an outline, or (a grid's focused cell) a ring drawn by its ::before
              const style = getComputedStyle(a);
              const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                  || getComputedStyle(a, '::before').boxShadow !== 'none';
              if (ring && (a.matches(':focus-visible') || (a.getAttribute('part') || '').includes('focused-cell'))) {
                return 'shown';
              }
              return 'no visible focus on ' + a.outerHTML.slice(0, 120);
            }""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void registerCheckWorkOutAndFindItInTheHistoryWithTheKeyboardAlone() {
        // register
        String username = TestAccounts.uniqueName("keys");
        page.navigate(url("register"));
        tabTo(page.getByLabel("Username"));
        assertFocusShown("the username field");
        page.keyboard().type(username);
        tabTo(page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)));
        page.keyboard().type(TestAccounts.PASSWORD);
        tabTo(page.getByLabel("Password again"));
        page.keyboard().type(TestAccounts.PASSWORD);
        tabTo(button("Create account"));
        assertFocusShown("Create account");
        page.keyboard().press("Enter");
        page.waitForURL(url(""));

        // the safety check: Tab into each question, Space on its first answer ("No")
        page.navigate(url("safety"));
        Locator questions = page.locator("vaadin-radio-group.yes-no");
        questions.first().waitFor();
        int count = questions.count();
        for (int i = 0; i < count; i++) {
            Locator no = questions.nth(i).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("No"));
            tabTo(no);
            assertFocusShown("question " + (i + 1));
            page.keyboard().press("Space");
            assertThat(no).isChecked();
        }
        tabTo(button("Done"));
        page.keyboard().press("Enter");
        assertThat(page.getByText("Thank you", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertFocusIsOn(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thank you")),
                "the answer's heading, after Done");

        // a short workout: the pain before with the arrows, Start with Enter, Space and the right arrow in it
        long userId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        long routineId = TestRoutines.create(jdbc, userId, "Keyboard tilts", "pelvic-tilt", 1, 2, 1, 0);
        page.navigate(url("workout/" + routineId));
        Locator noPain = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("0, no pain").setExact(true));
        tabTo(noPain);
        assertFocusShown("the pain scale");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("2").setExact(true)))
                .isChecked();
        tabTo(button("Start workout"));
        page.keyboard().press("Enter");
        assertThat(page.locator("bc-phase-timer[data-phase='Get ready']")).isAttached();
        assertFocusIsOn(button("Pause"), "Pause, after Start");
        assertFocusShown("Pause");

        page.keyboard().press("Space");
        assertThat(button("Resume")).isVisible();
        assertFocusIsOn(button("Resume"), "the same button, now Resume");
        assertThat(page.locator(".workout-position")).hasText("Paused");
        page.keyboard().press("Space");
        assertThat(button("Pause")).isVisible();
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("bc-phase-timer[data-phase='Hold']")).isAttached();

        Locator wellDone = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Well done"));
        assertThat(wellDone).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertFocusIsOn(wellDone, "the summary's heading, at the end");
        assertFocusShown("the summary's heading");

        // the pain after, then on to the history
        tabTo(page.locator(".pain-after").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName("0, no pain").setExact(true)));
        page.keyboard().press("ArrowRight");
        assertThat(page.locator(".pain-after").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName("1").setExact(true))).isChecked();
        tabTo(button("See history"));
        assertFocusShown("See history");
        page.keyboard().press("Enter");
        page.waitForURL(url("history"));
        Locator link = page.locator("vaadin-grid").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Keyboard tilts"));
        assertThat(link).isVisible();

        // into the grid (its body), over to the routine's column, Enter to reach the link, Enter to follow it
        for (int i = 0; i < 60 && !inGridBody(); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(inGridBody()).as("Tab reaches the history's rows").isTrue();
        Locator routineCell = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Keyboard tilts"))));
        for (int i = 0; i < 5 && !hasFocus(routineCell); i++) {
            page.keyboard().press("ArrowRight");
        }
        assertFocusIsOn(routineCell, "the routine's cell");
        assertFocusShown("the routine's cell");
        page.keyboard().press("Enter");
        assertFocusIsOn(link, "the workout's link, in the grid");
        assertFocusShown("the workout's link");
        page.keyboard().press("Enter");
        page.waitForURL(url("history/" + jdbc.queryForObject("select id from workout where routine_id = ?",
                Long.class, routineId)));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Keyboard tilts")))
                .isVisible();
        assertThat(jdbc.queryForObject("select pain_before from workout where routine_id = ?", Integer.class,
                routineId)).isEqualTo(2);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Presses Tab until the target (or something inside it) has the focus; fails after 60 presses. */
    private void tabTo(Locator target) {
        // attached, not visible: a choice's own radio mark is not drawn, its big label is
        target.first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        for (int i = 0; i < 60 && !hasFocus(target); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(hasFocus(target)).as("%s reached with the keyboard; the focus is on %s", target,
                page.evaluate("() => { const a = (" + FOCUSED + ")(); return a ? a.outerHTML.slice(0, 160) : 'none'; }"))
                .isTrue();
    }

    private boolean hasFocus(Locator target) {
        return (Boolean) target.first().evaluate("(e) => { const a = (" + FOCUSED + ")(); "
                + "if (!a) return false; "
                // a grid cell's content is slotted into the focused cell
                + "const slot = a.querySelector && a.querySelector('slot'); "
                + "const shown = slot ? slot.assignedElements() : []; "
                + "return e === a || e.contains(a) || (a.getRootNode().host && e.contains(a.getRootNode().host) && e !== document.body && e.localName !== 'vaadin-grid') "
                + "|| shown.includes(e); }");
    }

    private boolean inGridBody() {
        return (Boolean) page.evaluate("() => { const a = (" + FOCUSED + ")(); "
                + "return !!a && a.localName === 'td' && (a.getAttribute('part') || '').includes('body-cell'); }");
    }

    private void assertFocusIsOn(Locator target, String what) {
        for (int i = 0; i < 50 && !hasFocus(target); i++) {
            page.waitForTimeout(100); // the focus moves with the server's answer
        }
        assertThat(hasFocus(target)).as("the focus is on %s; it is on %s", what,
                page.evaluate("() => { const a = (" + FOCUSED + ")(); return a ? a.outerHTML.slice(0, 160) : 'none'; }"))
                .isTrue();
    }

    private void assertFocusShown(String what) {
        assertThat(page.evaluate(FOCUS_SHOWN)).as("the focus can be seen on %s", what).isEqualTo("shown");
    }
}
