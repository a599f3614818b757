package app.backcoach.workout.ui;

import app.backcoach.base.Languages;
import app.backcoach.base.ui.RoutineSummary;
import app.backcoach.base.ui.StylesWithoutBlocking;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineService;
import app.backcoach.safety.PainService;
import app.backcoach.settings.UserSettingsService;
import app.backcoach.workout.WorkoutService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A picture of the workout page's first screen in the page's own HTML, for a full load of a routine's workout
 * page (decision 35): its title and what the routine holds (the same components as the page, drawn to
 * markup on the server), shown at once while Vaadin's client loads, starts and draws the page, and removed as
 * soon as the page is drawn. On a slow phone the person reads what they are about to do a second or two
 * sooner, and the page's stylesheets do not hold that first paint ({@link StylesWithoutBlocking}).
 *
 * <p>The picture is inert and hidden from screen readers, has no Start, and stands exactly where the page
 * will show the same lines, so nothing moves when it goes. It is drawn only when the page's first screen
 * begins with just these: not when the stop rules advise anything or a workout can be resumed (both come
 * before the routine), and not for a routine the person cannot open.
 */
@Component
class WorkoutFirstPaint implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(WorkoutFirstPaint.class);

    /** A routine's workout page, as its address reads (its key is a built-in slug or an own routine's id). */
    static final Pattern ADDRESS = Pattern.compile("/" + Pattern.quote(WorkoutView.PATH.substring(0,
            WorkoutView.PATH.indexOf(':'))) + "([a-z0-9-]{1,80})");

    static final String ID = "first-paint";

    /** Removes the picture once Vaadin has drawn the page into its outlet (in the same task, before a paint). */
    static final String REMOVE_WHEN_DRAWN = """
            (() => {
              const outlet = document.getElementById('outlet');
              new MutationObserver((changes, observer) => {
                if (outlet.querySelector('vaadin-app-layout > :not([slot])')) {
                  document.getElementById('%s')?.remove();
                  observer.disconnect();
                }
              }).observe(outlet, { childList: true, subtree: true });
            })();""".formatted(ID);

    private final RoutineService routines;
    private final WorkoutService workouts;
    private final PainService pain;
    private final UserSettingsService settings;

    WorkoutFirstPaint(RoutineService routines, WorkoutService workouts, PainService pain,
                      UserSettingsService settings) {
        this.routines = routines;
        this.workouts = workouts;
        this.pain = pain;
        this.settings = settings;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::draw);
    }

    private void draw(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        if (!(request instanceof VaadinServletRequest servlet) || servlet.getUserPrincipal() == null) {
            return;
        }
        Matcher address = ADDRESS.matcher(servlet.getRequestURI().substring(servlet.getContextPath().length()));
        Document document = response.getDocument();
        Element outlet = document.getElementById("outlet");
        if (!address.matches() || outlet == null) {
            return;
        }
        // the language the page will be in (its UI gets the same when it starts, from PageLanguage), carried
        // by a UI of its own while the picture is drawn: the catalogue's and the components' texts follow it
        UI page = UI.getCurrent();
        Locale language;
        Optional<String> picture;
        try {
            language = settings.pageLanguage(Languages.browserChoice(Collections.list(request.getLocales())));
            UI inLanguage = new UI();
            inLanguage.setLocale(language);
            UI.setCurrent(inLanguage);
            picture = picture(address.group(1));
        } catch (RuntimeException e) {
            // the picture is a courtesy: the page itself must still load (its view reports what went wrong)
            LOG.warn("No picture for the workout page {}", address.group(1), e);
            return;
        } finally {
            UI.setCurrent(page);
        }
        picture.ifPresent(html -> {
            StylesWithoutBlocking.apply(document);
            outlet.before(html);
            document.body().appendElement("script").appendChild(new DataNode(REMOVE_WHEN_DRAWN));
            document.getElementsByTag("html").attr("lang", language.toLanguageTag());
        });
    }

    /** The picture, when the page's first screen begins with the routine's title and summary. */
    Optional<String> picture(String key) {
        Optional<RoutineInfo> found = routines.findByKey(key).map(workouts::forToday);
        if (found.isEmpty() || !pain.currentAdvice().isEmpty() || workouts.resumable(found.get()).isPresent()) {
            return Optional.empty();
        }
        RoutineInfo routine = found.get();
        String title = new H1(routine.name()).getElement().getOuterHTML();
        String summary = new RoutineSummary(routine.description(), routine.dosedExercises(),
                routine.estimatedMinutes()).getElement().getOuterHTML();
        return Optional.of("<div id=\"" + ID + "\" class=\"first-paint\" inert aria-hidden=\"true\">"
                + "<div class=\"first-paint-page\"><div class=\"first-paint-intro\">" + title + summary
                + "</div></div></div>");
    }
}
