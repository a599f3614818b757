package app.backcoach.history.ui;

import app.backcoach.base.ui.PageFrame;
import app.backcoach.engine.Side;
import app.backcoach.history.HistoryService;
import app.backcoach.history.SetLine;
import app.backcoach.history.WorkoutDetail;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One workout: each exercise with its sets, reps and measured holds. */
@Route("history/:id")
@PermitAll
public class HistoryDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Route parameter: the workout's id. */
    static final String ID = "id";

    /** The workout id an address names; empty for anything but a number. */
    static Optional<Long> workoutId(String parameter) {
        return parameter.matches("\\d{1,18}") ? Optional.of(Long.parseLong(parameter)) : Optional.empty();
    }

    /** Opens one of the person's workouts. */
    public static void open(long workoutId) {
        UI.getCurrent().navigate(HistoryDetailView.class, new RouteParameters(ID, String.valueOf(workoutId)));
    }

    /** The address of one of the person's workouts, for links. */
    static String href(long workoutId) {
        return RouteConfiguration.forApplicationScope().getUrl(HistoryDetailView.class,
                new RouteParameters(ID, String.valueOf(workoutId)));
    }

    private final HistoryService history;
    private final UserSettingsService settings;
    private String title = "";

    HistoryDetailView(HistoryService history, UserSettingsService settings) {
        this.history = history;
        this.settings = settings;
        PageFrame.apply(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<WorkoutDetail> detail = event.getRouteParameters().get(ID).flatMap(HistoryDetailView::workoutId)
                .flatMap(history::detail);
        detail.ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(WorkoutDetail detail) {
        HistoryFormat format = new HistoryFormat(this, settings.preferences());
        title = detail.entry().routineName();
        removeAll();
        add(PageFrame.backLink(HistoryView.PATH, getTranslation("history.back")), new H1(title),
                new Paragraph(getTranslation("history.details", format.duration(detail.entry().duration()),
                        detail.entry().setsDone(), detail.entry().setsPlanned(),
                        format.status(detail.entry()))),
                new Paragraph(format.dateTime(detail.entry().startedAt())));
        if (detail.entry().painBefore() != null || detail.entry().painAfter() != null) {
            Paragraph pain = new Paragraph(getTranslation("history.pain", rating(detail.entry().painBefore()),
                    rating(detail.entry().painAfter())));
            pain.addClassName("history-pain");
            add(pain);
        }
        Map<String, List<SetLine>> byExercise = detail.sets().stream()
                .collect(Collectors.groupingBy(SetLine::exerciseName, LinkedHashMap::new, Collectors.toList()));
        if (byExercise.isEmpty()) {
            add(new Paragraph(getTranslation("history.noSets")));
        }
        byExercise.forEach((exercise, sets) -> {
            UnorderedList list = new UnorderedList();
            list.addClassName("set-list");
            sets.forEach(set -> list.add(new ListItem(line(set))));
            add(new H2(exercise), list);
        });
    }

    private String line(SetLine set) {
        String holds = set.measuredHoldMillis().stream()
                .map(ms -> String.format(getLocale() == null ? Locale.UK : getLocale(), "%.1f", ms / 1000.0))
                .collect(Collectors.joining(", "));
        String side = set.side() == Side.NONE ? "" : " \u00b7 " + getTranslation("workout.side." + set.side());
        return getTranslation("history.setLine", set.setNumber(), side, set.repsDone(), set.repsPlanned(),
                set.holdSecondsPlanned(), holds);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    private String rating(Integer pain) {
        return pain == null ? getTranslation("progress.pain.notRated") : getTranslation("history.painOf", pain);
    }
}
