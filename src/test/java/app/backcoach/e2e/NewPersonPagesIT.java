package app.backcoach.e2e;

import app.backcoach.TestAccounts;
import app.backcoach.TestRoutines;
import app.backcoach.security.AccountService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Faults a new person met on the pages around the workout: the editor, the routines, history, the icon. */
class NewPersonPagesIT extends BrowserIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;

    @Test
    void aPastedNameThatIsTooLongIsNamedAndNotSaved() {
        String username = registerNewAccount();
        page.navigate(url("routines/new"));
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).click();
        // insertText acts like a paste: the browser applies the field's maxlength, if it has one
        page.keyboard().insertText("x".repeat(10_000));
        page.keyboard().press("Tab");

        // the field's own error message (Vaadin also announces it in a short-lived aria-live region)
        assertThat(page.locator("[slot=error-message]").getByText("Use at most 80 characters.")).isVisible();
        assertThat(page.getByText("10,000 of 80 characters")).isVisible();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Add Pelvic tilt").setExact(true)).click();
        page.getByText("Save routine").click();

        assertThat(page).hasURL(url("routines/new"));
        assertThat(jdbc.queryForObject("select count(*) from routine r join app_user u on u.id = r.user_id "
                + "where u.username = ?", Integer.class, username)).isZero();
    }

    @Test
    void aLongUnbrokenRoutineNameStaysInItsCard() {
        String username = registerNewAccount();
        long userId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        TestRoutines.create(jdbc, userId, "Stretches".repeat(8), "pelvic-tilt", 5, 2, 1, 0);
        for (int width : new int[] {390, 1280}) {
            page.setViewportSize(width, 844);
            page.navigate(url("routines"));
            Locator card = page.locator(".routine-card").filter(new Locator.FilterOptions()
                    .setHasText("Stretches".repeat(8)));
            Locator title = card.locator("[slot=title]");
            assertThat(title).isVisible();
            BoundingBox cardBox = card.boundingBox();
            BoundingBox titleBox = title.boundingBox();
            assertThat(titleBox.x + titleBox.width).as("title's right edge at %d px", width)
                    .isLessThanOrEqualTo(cardBox.x + cardBox.width);
            assertThat((Boolean) title.evaluate("e => e.scrollWidth <= e.clientWidth + 1"))
                    .as("the title's text fits its box at %d px", width).isTrue();
        }
    }

    /**
     * Opened by its address, each page has every component it shows, also those another feature adds to it
     * (the reminder times on My account): the production bundle loads only what a page's own classes name.
     */
    @Test
    void everyPageOpenedByItsAddressHasAllItsComponentsAndNoScriptError() {
        registerNewAccount();
        passSafetyCheck();
        List<String> errors = new ArrayList<>();
        page.onPageError(error -> errors.add(page.url() + ": " + error));
        for (String address : List.of("", "routines", "routines/new", "workout/quick-relief", "history", "progress",
                "plan", "care", "safety", "exercises", "exercises/pelvic-tilt", "summary", "account")) {
            page.navigate(url(address));
            assertThat(page.locator("vaadin-app-layout h1, vaadin-app-layout h2").first()).isVisible();
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            // (Vaadin's own plain containers have such names too: the grid's cell contents, Flow's root)
            assertThat((List<?>) page.evaluate("() => [...new Set([...document.querySelectorAll('*')]"
                    + ".map(e => e.localName).filter(name => name.includes('-') && !customElements.get(name)"
                    + " && name !== 'vaadin-grid-cell-content' && !name.startsWith('flow-container')))]"))
                    .as("elements the page at /%s shows without their component", address).isEmpty();
            for (BoundingBox link : page.locator(".back-link").all().stream().map(Locator::boundingBox).toList()) {
                assertThat(link.height).as("height of the link back to the list at /%s", address)
                        .isGreaterThanOrEqualTo(44);
            }
            for (BoundingBox link : page.locator(".source a").all().stream().map(Locator::boundingBox).toList()) {
                assertThat(link.height).as("height of a source's link at /%s", address).isGreaterThanOrEqualTo(44);
            }
            @SuppressWarnings("unchecked")
            List<List<Number>> steps = (List<List<Number>>) page.evaluate("""
                    () => [...document.querySelectorAll('vaadin-integer-field')].flatMap(field =>
                        [...field.shadowRoot.querySelectorAll('[part~=decrease-button], [part~=increase-button]')])
                      .map(button => button.getBoundingClientRect()).filter(box => box.width > 0)
                      .map(box => [box.width, box.height])""");
            assertThat(steps).as("a number field's - and + at /%s, in px", address).allSatisfy(size -> {
                assertThat(size.get(0).doubleValue()).isGreaterThanOrEqualTo(44);
                assertThat(size.get(1).doubleValue()).isGreaterThanOrEqualTo(44);
            });
        }
        assertThat(errors).as("script errors").isEmpty();
    }

    @Test
    void theButtonsThatShowAPasswordAreBigEnoughForAFingerAndTheHelpReadable() {
        page.setViewportSize(390, 844);
        page.navigate(url("register"));
        assertThat(page.getByLabel("Show password")).hasCount(2);
        Number helpSize = (Number) page.evaluate("() => parseFloat(getComputedStyle(document.querySelector("
                + "'vaadin-text-field').shadowRoot.querySelector('[part=helper-text]')).fontSize)");
        assertThat(helpSize.doubleValue()).as("the username's help, in px (Lumo's own is 13)").isGreaterThanOrEqualTo(14);
        // each eye's width and height, and how far its middle lies from the middle of its field's box
        String measure = """
                eye => {
                  const box = eye.getBoundingClientRect();
                  const field = eye.closest('vaadin-password-field').shadowRoot.querySelector('[part=input-field]')
                      .getBoundingClientRect();
                  return [box.width, box.height, Math.abs(box.top + box.height / 2 - field.top - field.height / 2)];
                }""";
        List<Object> eyes = new ArrayList<>(page.getByLabel("Show password").all().stream()
                .map(eye -> eye.evaluate(measure)).toList());
        registerNewAccount();
        page.navigate(url("account"));
        page.getByLabel("Show password").first().waitFor();
        eyes.addAll(page.getByLabel("Show password").all().stream().map(eye -> eye.evaluate(measure)).toList());

        assertThat(eyes).as("on the registration page and My account").hasSizeGreaterThan(2).allSatisfy(eye -> {
            List<?> figures = (List<?>) eye;
            assertThat(((Number) figures.get(0)).doubleValue()).as("width").isGreaterThanOrEqualTo(44);
            assertThat(((Number) figures.get(1)).doubleValue()).as("height").isGreaterThanOrEqualTo(44);
            assertThat(((Number) figures.get(2)).doubleValue()).as("off the field's middle").isLessThanOrEqualTo(1);
        });
    }

    @Test
    void everyFieldsLabelShowsAllItsWordsInSpanishOnALaptopAndAPhone() {
        aNewPersonWhoChoseSpanish();
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, 844);
            for (String address : List.of("progress", "account", "routines/new", "care", "plan")) {
                page.navigate(url(address));
                page.locator("vaadin-app-layout h1").first().waitFor();
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                assertThat(page.locator("html")).hasAttribute("lang", java.util.regex.Pattern.compile("^es"));
                assertThat(page.evaluate("() => document.querySelector('vaadin-connection-indicator').offlineText"))
                        .as("the notice shown when the connection drops").isEqualTo("Sin conexión");
                @SuppressWarnings("unchecked")
                List<String> cut = (List<String>) page.evaluate("""
                        () => [...document.querySelectorAll('vaadin-app-layout *')]
                          .filter(field => field.shadowRoot && field.shadowRoot.querySelector('[part=label]'))
                          .map(field => field.shadowRoot.querySelector('[part=label]'))
                          .filter(label => label.offsetWidth > 0 && label.scrollWidth > label.clientWidth + 1)
                          .map(label => label.getRootNode().host.label)""");
                assertThat(cut).as("labels cut short at /%s, %d px wide", address, width).isEmpty();
            }
        }
    }

    @Test
    void theSummarysPdfIsInThePagesLanguage() throws Exception {
        aNewPersonWhoChoseSpanish();
        page.navigate(url("summary"));

        com.microsoft.playwright.Download download = page.waitForDownload(
                () -> page.getByText("Descargar el PDF", new Page.GetByTextOptions().setExact(true)).click());
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                java.nio.file.Files.readAllBytes(download.path()))) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Sesiones y dolor, semana a semana").doesNotContain("Sessions and pain, week by week");
    }

    @Test
    void someoneElsesWorkoutAnswersNotFound() {
        long other = TestAccounts.create(accounts, "other").id();
        long theirRoutine = TestRoutines.create(jdbc, other, "Theirs", "pelvic-tilt", 5, 2, 1, 0);
        jdbc.update("insert into workout (user_id, routine_id, routine_name, started_at, status, sets_planned) "
                + "values (?, ?, 'Theirs', current_timestamp, 'COMPLETED', 1)", other, theirRoutine);
        long theirWorkout = jdbc.queryForObject("select max(id) from workout where user_id = ?", Long.class, other);
        registerNewAccount();

        Response response = page.navigate(url("history/" + theirWorkout));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByText("Page not found")).isVisible();
        assertThat(page.getByText("Theirs")).hasCount(0);
        assertThat(page.navigate(url("history/nope")).status()).isEqualTo(404);
    }

    @Test
    void aFreshPageLoadAsksForNoMissingIcon() {
        List<String> failed = new ArrayList<>();
        page.onResponse(response -> {
            if (response.status() >= 400) {
                failed.add(response.status() + " " + response.url());
            }
        });
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });

        page.navigate(url("login"));
        assertThat(page.getByLabel("Username")).isVisible();
        String icon = (String) page.evaluate("() => document.querySelector('link[rel=icon]')?.href");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);

        assertThat(icon).isNotNull();
        assertThat(page.request().get(icon).status()).isEqualTo(200);
        assertThat(failed).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void aShortHistoryLeavesItsDownloadLinkInSight() {
        String username = registerNewAccount();
        long userId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        jdbc.update("insert into workout (user_id, routine_id, routine_name, started_at, status, sets_planned) "
                + "values (?, null, 'Quick one', current_timestamp, 'COMPLETED', 1)", userId);

        page.navigate(url("history"));
        Locator download = page.getByText("Download my history (CSV)");
        assertThat(download).isVisible();

        BoundingBox box = download.boundingBox();
        assertThat(box.y + box.height).as("the link's bottom on a 800 px high window").isLessThanOrEqualTo(800);
        BoundingBox grid = page.locator("vaadin-grid").boundingBox();
        assertThat(grid.height).as("a grid of one workout").isLessThan(250);
    }

    /** A new person, past the safety check, who chose Español in My account (and whose page is in it now). */
    private void aNewPersonWhoChoseSpanish() {
        registerNewAccount();
        passSafetyCheck();
        page.navigate(url("account"));
        page.getByText("Español", new Page.GetByTextOptions().setExact(true)).click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Mi cuenta").setLevel(1)).waitFor();
    }
}
