package app.backcoach.progress.ui;

import app.backcoach.base.ui.AdviceBox;
import app.backcoach.base.ui.PageFrame;
import app.backcoach.care.ui.CareView;
import app.backcoach.progress.ProgressService;
import app.backcoach.progress.Streak;
import app.backcoach.progress.WeekSummary;
import app.backcoach.safety.PainService;
import app.backcoach.settings.Preferences;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** This week and last week against the targets, twelve weeks in a chart and a table, and the week streak. */
@Route(ProgressView.PATH)
@PermitAll
@Menu(title = "nav.progress", order = 30, icon = "chart")
public class ProgressView extends VerticalLayout implements HasDynamicTitle {

    /** The address of weekly progress. Others link here by this constant, not by the class (see base.ui.Navigation). */
    public static final String PATH = "progress";

    static final int WEEKS = 12;

    ProgressView(ProgressService progress, UserSettingsService settings, PainService pain, Clock clock) {
        PageFrame.apply(this);
        Preferences preferences = settings.preferences();
        int weeklyTarget = preferences.weeklyTarget();
        List<WeekSummary> weeks = progress.lastWeeks(WEEKS);
        FlexLayout cards = new FlexLayout(
                week("progress.thisWeek", weeks.getLast(), weeklyTarget, preferences.weeklyGoalDays()),
                week("progress.lastWeek", weeks.get(weeks.size() - 2), weeklyTarget, preferences.weeklyGoalDays()));
        cards.addClassNames(LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM, LumoUtility.Width.FULL);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM", getLocale());
        WeeklyChart chart = new WeeklyChart();
        chart.show(weeks.stream().map(w -> label.format(w.weekStart())).toList(),
                weeks.stream().map(WeekSummary::sessions).toList(), weeklyTarget,
                getTranslation("progress.chartSessions"), getTranslation("progress.chartTarget"));
        add(new H1(getTranslation("progress.title")), streak(progress.streak()), cards,
                new H2(getTranslation("progress.twelveWeeks")), chart, new WeekTable(weeks, label, weeklyTarget),
                new H2(getTranslation("progress.pain.title")),
                new AdviceBox(pain.currentAdvice(), CareView.PATH, pain::legsSettled),
                new PainTrend(pain.lastDays(PainTrend.DAYS), LocalDate.ofInstant(clock.instant(), preferences.zone()),
                        getLocale()),
                new H2(getTranslation("progress.targets")), new TargetsForm(settings, preferences));
    }

    private Paragraph streak(Streak streak) {
        String text = streak.welcomeBack() ? getTranslation("progress.welcomeBack", streak.goalDays())
                : getTranslation("progress.streak", streak.weeks(), streak.goalDays());
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("streak");
        return paragraph;
    }

    private Div week(String titleKey, WeekSummary week, int weeklyTarget, int goalDays) {
        H2 title = new H2(getTranslation(titleKey));
        title.addClassName(LumoUtility.Margin.Top.NONE);
        Div card = new Div(title,
                figure(againstTarget("progress.sessionsOf", week.sessions(), weeklyTarget)),
                figure(getTranslation("progress.sets", week.sets())),
                figure(getTranslation("progress.minutes", week.minutes())),
                figure(againstTarget("progress.activeDays", week.activeDays(), goalDays)));
        card.addClassNames("week-card", LumoUtility.Padding.MEDIUM);
        return card;
    }

    /** "3 of 14 sessions"; past the target, "15 sessions (target 14)" rather than "15 of 14". */
    private String againstTarget(String key, int value, int target) {
        return getTranslation(value > target ? key + ".overTarget" : key, value, target);
    }

    private static Paragraph figure(String text) {
        Paragraph figure = new Paragraph(text);
        figure.addClassNames("week-figure", LumoUtility.Margin.Vertical.XSMALL);
        return figure;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.title") + " · " + getTranslation("app.name");
    }
}
