package app.backcoach.base.ui;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's stylesheets (Lumo, its utility classes and {@code styles.css}, which Vaadin links from the app shell)
 * made to load without holding the page's first paint: each is fetched at once as a preload and applied when it
 * has arrived, and the page stays invisible until all of them are applied (each then carries {@value #APPLIED}),
 * so that nothing is ever seen unstyled, and then the page's {@code autofocus} field gets the focus (the browser
 * drops it for a field it cannot show). A sheet that fails, or does not answer within 3 s, does not keep the
 * page hidden. A browser that runs no script gets them as plain stylesheets. The switch is done by inline
 * {@code onload}/{@code onerror} attributes, which the content security policy allows ({@code 'unsafe-inline'}).
 *
 * <p>For a page whose own HTML holds what it shows: the sign-in page ({@code SignInPage}, decision 31) and the
 * workout page's picture of its first screen ({@code WorkoutFirstPaint}, decision 35). With stylesheets that
 * block rendering, Chromium on a first visit often kept the previous (blank) frame on screen for one to two
 * seconds after such a page and its stylesheets had arrived. A page that Vaadin's client draws and that has
 * nothing to show before its scripts have run keeps Vaadin's stylesheets as they are: with these the workout
 * page's largest paint, before it had its picture, came later in Lighthouse's runs (3.8-4.3 s against
 * 3.6-4.1 s). The figures are in {@code docs/benchmarks.md}, "First load on a phone".
 */
public final class StylesWithoutBlocking {

    /** The app shell's stylesheets, as Vaadin links them. */
    static final String SHEETS = "link[rel=stylesheet][data-id^=appShell-]";

    /** The attribute a sheet gets once it is applied. */
    static final String APPLIED = "data-applied";

    /** The page's sheets that are not applied yet. */
    private static final String WAITING = "link[as=style][data-id^=appShell-]:not([" + APPLIED + "])";

    /**
     * Marks a sheet applied. When it was the last one the page is shown, and the field the page asks to focus
     * gets the focus then: the browser drops the autofocus of a field it cannot show.
     */
    private static final String MARK_APPLIED = "this.onload=this.onerror=null;this.setAttribute('" + APPLIED + "','');"
            + "if(!document.querySelector('" + WAITING + "')&&document.activeElement===document.body)"
            + "document.querySelector('[autofocus]')?.focus()";

    /** When the preload has arrived: apply it as a stylesheet; when that is applied: mark it so. */
    private static final String LOADED = "if(this.rel==='preload'){this.rel='stylesheet'}else{" + MARK_APPLIED + "}";

    /** A sheet that fails counts as applied, so that the page is never left hidden. */
    private static final String FAILED = "this.rel='stylesheet';" + MARK_APPLIED;

    /**
     * The page is hidden while any of its sheets is not applied yet; after 3 s it is shown whatever happened
     * (a sheet that never answers, or handlers that never run).
     */
    static final String HIDE_UNTIL_STYLED = "html:has(" + WAITING
            + ") body{visibility:hidden;animation:bc-show 0s 3s forwards}@keyframes bc-show{to{visibility:visible}}";

    private StylesWithoutBlocking() {
    }

    /** Changes the app shell's stylesheets of {@code page} (Vaadin's page, before it is sent) as above. */
    public static void apply(Document page) {
        var sheets = page.head().select(SHEETS);
        if (sheets.isEmpty()) {
            return;
        }
        Element noScript = page.head().appendElement("noscript");
        for (Element sheet : sheets) {
            noScript.appendChild(sheet.clone());
            sheet.attr("rel", "preload").attr("as", "style").attr("onload", LOADED).attr("onerror", FAILED);
        }
        noScript.appendElement("style").text("body{visibility:visible!important}");
        page.head().prependElement("style").text(HIDE_UNTIL_STYLED);
    }
}
