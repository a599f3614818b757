package app.backcoach.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a phone's browser checks before it offers "Install app", and what a person sees when the connection
 * (or the server) is gone: the offline page, not the browser's error.
 */
class InstallableAppIT extends BrowserIT {

    private static final String OFFLINE_TEXT = "BackCoach needs a connection; your finished sets are saved";

    @Test
    void theLoginPageLinksAManifestWhoseIconsLoadAndRegistersTheOfflineWorker() {
        page.navigate(url("login"));

        String worker = (String) page.evaluate("() => navigator.serviceWorker.ready.then(r => r.active.scriptURL)");
        assertThat(worker).isEqualTo(url("offline-worker.js"));
        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = (Map<String, Object>) page.evaluate("""
                () => fetch(document.querySelector('link[rel=manifest]').href).then(r => r.json())""");
        assertThat(manifest).containsEntry("name", "BackCoach").containsEntry("start_url", "/")
                .containsEntry("display", "standalone");
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) page.evaluate("""
                manifest => Promise.all(manifest.icons.map(icon => new Promise(done => {
                  const image = new Image();
                  image.onload = () => done(icon.sizes + ' ' + image.naturalWidth + 'x' + image.naturalHeight);
                  image.onerror = () => done(icon.sizes + ' failed');
                  image.src = icon.src;
                })))""", manifest);
        assertThat(loaded).containsExactly("192x192 192x192", "512x512 512x512", "512x512 512x512");
    }

    @Test
    void withoutAConnectionEveryPageLoadShowsTheOfflinePageInsteadOfTheBrowsersError() {
        page.navigate(url("login"));
        workerInCharge(page);

        page.context().setOffline(true);
        loadUntilShown(page::reload, offlineHeading(page, OFFLINE_TEXT));
        assertThat(page.getByRole(AriaRole.HEADING)).hasText(OFFLINE_TEXT);
        page.navigate(url("history"));
        assertThat(page.getByRole(AriaRole.HEADING)).hasText(OFFLINE_TEXT);
        assertThat(page).hasURL(url("history"));

        page.context().setOffline(false);
        loadUntilShown(() -> page.navigate(url("login")), page.getByLabel("Username"));
        assertThat(page.getByText(OFFLINE_TEXT)).hasCount(0);
    }

    @Test
    void aBrowserThatSpeaksSpanishGetsTheOfflinePageInSpanish() {
        try (BrowserContext spanish = browser.newContext(new Browser.NewContextOptions().setLocale("es-ES"))) {
            Page phone = spanish.newPage();
            phone.navigate(url("login"));
            workerInCharge(phone);

            spanish.setOffline(true);
            loadUntilShown(phone::reload,
                    offlineHeading(phone, "BackCoach necesita conexión; tus series terminadas están guardadas"));

            assertThat(phone.getByRole(AriaRole.HEADING))
                    .hasText("BackCoach necesita conexión; tus series terminadas están guardadas");
            assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reintentar")))
                    .isVisible();
            assertThat(phone.locator("html")).hasAttribute("lang", "es");
        }
    }

    @Test
    void tryAgainLoadsThePageOnceTheServerAnswersAgain() {
        page.navigate(url("login"));
        workerInCharge(page);
        page.context().setOffline(true);
        loadUntilShown(page::reload, offlineHeading(page, OFFLINE_TEXT));
        // as when the server was down and the phone stayed online: no "online" event reloads the page
        page.evaluate("() => window.addEventListener('online', event => event.stopImmediatePropagation(), true)");
        page.context().setOffline(false);

        loadUntilShown(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again")).click(),
                page.getByLabel("Username"));
        assertThat(page.getByText(OFFLINE_TEXT)).hasCount(0);
    }

    @Test
    void withTheWorkerInChargeSigningUpAndMovingBetweenPagesWorkAsBefore() {
        page.navigate(url("login"));
        workerInCharge(page);

        registerNewAccount();
        page.navigate(url("history"));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        assertThat(page.getByText(OFFLINE_TEXT)).hasCount(0);
    }

    /**
     * Loads a page until it shows what is expected, trying at most four times. Chromium confirms a switch of the
     * connection before its network service has applied it to the offline worker's own requests: on a busy
     * machine a reload sent at once still went through the worker to the server (and the sign-in page, whose own
     * requests then failed, said "Connection lost"). When the app is at fault, no try can show the expected page:
     * without the worker the browser shows its own error page, and a worker that let a failed load through would too.
     */
    private static void loadUntilShown(Runnable load, Locator expected) {
        for (int attempt = 1; ; attempt++) {
            load.run();
            try {
                expected.waitFor(new Locator.WaitForOptions().setTimeout(attempt < 4 ? 5_000 : 20_000));
                return;
            } catch (TimeoutError notYet) {
                if (attempt == 4) {
                    throw notYet;
                }
                System.out.printf("InstallableAppIT: not shown after try %d, loading again%n", attempt);
            }
        }
    }

    private static Locator offlineHeading(Page page, String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text));
    }

    /**
     * Waits until the offline worker is active and answers this page's loads: a page loaded before the worker
     * was active is not yet in its charge, so the page is loaded once more (with the connection) first.
     */
    private static void workerInCharge(Page page) {
        page.evaluate("() => navigator.serviceWorker.ready");
        page.reload();
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
    }
}
