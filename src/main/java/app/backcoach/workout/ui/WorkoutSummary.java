package app.backcoach.workout.ui;

import app.backcoach.base.ui.Home;
import app.backcoach.base.ui.Navigation;
import app.backcoach.engine.CompletedSet;
import app.backcoach.history.ui.HistoryView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.time.Duration;
import java.util.List;

/** The end of a workout: what was done and how long it took, and where to go next. */
class WorkoutSummary extends VerticalLayout {

    WorkoutSummary(List<CompletedSet> sets, Duration time, boolean complete, PainAfter painAfter) {
        addClassName("workout-summary");
        setAlignItems(Alignment.CENTER);
        long exercises = sets.stream().map(CompletedSet::exerciseSlug).distinct().count();
        int reps = sets.stream().mapToInt(CompletedSet::repsDone).sum();
        FlexLayout figures = new FlexLayout(
                figure("summary.exercises", String.valueOf(exercises)),
                figure("summary.sets", String.valueOf(sets.size())),
                figure("summary.reps", String.valueOf(reps)),
                figure("summary.time", getTranslation("summary.minutes", time.toMinutes(), time.toSecondsPart())));
        figures.addClassNames(LumoUtility.FlexWrap.WRAP, LumoUtility.JustifyContent.CENTER, LumoUtility.Gap.LARGE);
        Button history = new Button(getTranslation("summary.history"),
                event -> Navigation.open(HistoryView.PATH));
        history.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button home = new Button(getTranslation("summary.home"), event -> Home.open());
        home.addThemeVariants(ButtonVariant.LUMO_LARGE);
        FlexLayout buttons = new FlexLayout(history, home);
        buttons.addClassNames("workout-controls", LumoUtility.FlexWrap.WRAP, LumoUtility.JustifyContent.CENTER,
                LumoUtility.Gap.SMALL, LumoUtility.Width.FULL);
        H1 title = new H1(getTranslation(complete ? "summary.title" : "summary.titlePartial"));
        add(title, figures, painAfter, buttons);
        // the running screen (and its focused button) is gone: the keyboard and a screen reader start here
        title.getElement().setAttribute("tabindex", "-1");
        title.getElement().executeJs("this.focus()");
    }

    private Div figure(String labelKey, String value) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Div figure = new Div(number, label);
        figure.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.AlignItems.CENTER);
        return figure;
    }
}
