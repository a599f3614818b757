package app.backcoach.today.ui;

import app.backcoach.base.ui.AdviceBox;
import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.Home;
import app.backcoach.base.ui.Navigation;
import app.backcoach.base.ui.PageFrame;
import app.backcoach.base.ui.SafetyGate;
import app.backcoach.care.CareRules;
import app.backcoach.care.CareService;
import app.backcoach.care.CareToday;
import app.backcoach.care.ui.CareView;
import app.backcoach.history.HistoryService;
import app.backcoach.plan.PlanService;
import app.backcoach.plan.ui.PlanView;
import app.backcoach.progress.ProgressService;
import app.backcoach.progress.TodayStatus;
import app.backcoach.progress.WeekSummary;
import app.backcoach.progress.ui.ProgressView;
import app.backcoach.reminder.ReminderService;
import app.backcoach.routine.RoutineInfo;
import app.backcoach.routine.RoutineService;
import app.backcoach.routine.ui.RoutinesView;
import app.backcoach.safety.Advice;
import app.backcoach.safety.PainService;
import app.backcoach.safety.SafetyService;
import app.backcoach.safety.SafetyStatus;
import app.backcoach.safety.ui.SafetyCheckView;
import app.backcoach.workout.ui.WorkoutView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.OptionalLong;

/**
 * The home page: the day of the plan, a reminder when a session time has passed, today's sessions against the
 * target, one button to start (or, while a red-flag answer pauses workouts, the way to the safety check), and
 * this week in a line.
 */
@Route(Home.PATH)
@PermitAll
@Menu(title = "nav.today", order = 0, icon = "home")
public class TodayView extends VerticalLayout implements HasDynamicTitle {

    TodayView(ProgressService progress, RoutineService routines, HistoryService history, CareService care,
              PainService pain, PlanService plan, ReminderService reminders, SafetyService safety) {
        PageFrame.apply(this);
        addClassName(LumoUtility.AlignItems.START);
        TodayStatus today = progress.today();
        // "1 of 2 sessions done"; past the target, "3 sessions done (target 2)" rather than "3 of 2"
        Div count = new Div(getTranslation(today.sessions() > today.target() ? "today.sessions.overTarget"
                : "today.sessions", today.sessions(), today.target()));
        count.addClassName("today-count");
        Paragraph encouragement = new Paragraph(getTranslation(today.targetReached() ? "today.reached" : "today.keepGoing"));
        RoutineInfo next = routines.suggested(history.latestRoutineId());
        Button start = new Button(getTranslation("today.start", next.name()), AppIcon.PLAY.create(),
                event -> startWorkout(next));
        List<Advice> advice = pain.currentAdvice();
        // while a stop rule advises anything, its advice comes first and Start is the secondary choice
        start.addThemeVariants(ButtonVariant.LUMO_LARGE);
        if (advice.isEmpty()) {
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        start.addClassNames("start-button", LumoUtility.MaxWidth.FULL);
        WeekSummary thisWeek = today.thisWeek();
        Paragraph week = new Paragraph(thisWeek.sessions() == 0 ? getTranslation("today.weekNone")
                : getTranslation("today.week", thisWeek.sessions(), thisWeek.activeDays()));
        Anchor more = new Anchor(ProgressView.PATH, getTranslation("today.progressLink"));
        more.addClassName("big-link");
        Anchor other = new Anchor(RoutinesView.PATH, getTranslation("today.otherRoutines"));
        other.addClassName("big-link");
        CareToday careToday = care.today();
        Paragraph careLine = new Paragraph(getTranslation("today.care", careToday.packs(), careToday.walks(),
                CareRules.WALKS_PER_DAY_LOW, CareRules.WALKS_PER_DAY_HIGH));
        careLine.addClassName("today-care");
        Anchor careLink = new Anchor(CareView.PATH, getTranslation("today.careLink"));
        careLink.addClassName("big-link");
        OptionalLong day = plan.day();
        Anchor planLine = new Anchor(PlanView.PATH, day.isPresent() ? getTranslation("today.planDay", day.getAsLong())
                : getTranslation("today.planStart"));
        planLine.addClassNames("big-link", "today-plan");
        SessionDueBanner due = new SessionDueBanner(reminders.dueSession(), () -> startWorkout(next));
        add(new H1(getTranslation("today.title")), planLine, new AdviceBox(advice, CareView.PATH, pain::legsSettled), due,
                count, encouragement, startOrWhyNot(start, safety.status()),
                other, week, more, careLine, careLink, new Paragraph(getTranslation("app.disclaimer")));
    }

    /**
     * Start; or, while a red-flag answer stands in the way of workouts (an emergency or same-day sign no doctor
     * has seen, advice not yet read), what the workout page would say instead, with the way to the safety check:
     * Start would lead there only to say that workouts are paused.
     */
    private Component startOrWhyNot(Button start, SafetyStatus status) {
        SafetyStatus.State state = status.state();
        if (state != SafetyStatus.State.EMERGENCY && state != SafetyStatus.State.SAME_DAY
                && state != SafetyStatus.State.WARNING) {
            return start;
        }
        SafetyGate gate = new SafetyGate(state.name(), state == SafetyStatus.State.EMERGENCY,
                () -> Navigation.open(SafetyCheckView.PATH));
        gate.addClassName("today-safety");
        return gate;
    }

    private static void startWorkout(RoutineInfo routine) {
        Navigation.open(Navigation.fill(WorkoutView.PATH, routine.key()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("today.title") + " · " + getTranslation("app.name");
    }
}
