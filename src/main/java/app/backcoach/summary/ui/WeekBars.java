package app.backcoach.summary.ui;

import app.backcoach.summary.ClinicianSummary;
import app.backcoach.summary.ClinicianSummary.Week;
import app.backcoach.summary.SummaryLines;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.Locale;

/**
 * The weekly figures as small bar charts made of plain elements (no chart library, so they print as they show):
 * sessions against the target line, and the average pain before and after. Hidden from screen readers: the
 * table below holds the same figures.
 */
class WeekBars extends Div {

    WeekBars(ClinicianSummary summary, SummaryLines lines) {
        addClassName("clinician-charts");
        getElement().setAttribute("aria-hidden", "true");
        int most = Math.max(summary.weeklyTarget(), summary.weeks().stream().mapToInt(Week::sessions).max().orElse(0));
        Div sessions = panel("clinician.weeks.chart");
        Div sessionBars = bars();
        Div target = new Div();
        target.addClassName("clinician-target-line");
        target.getStyle().set("bottom", percent(summary.weeklyTarget(), most));
        sessionBars.add(target);
        Div pain = panel("clinician.weeks.painChart");
        Div painBars = bars();
        for (Week week : summary.weeks()) {
            sessionBars.add(slot(lines.weekLabel(week), bar("clinician-bar-sessions", week.sessions(), most,
                    String.valueOf(week.sessions()))));
            painBars.add(slot(lines.weekLabel(week),
                    bar("clinician-bar-before", week.painBefore(), 10),
                    bar("clinician-bar-after", week.painAfter(), 10)));
        }
        sessions.add(sessionBars);
        pain.add(painBars);
        add(sessions, pain);
    }

    private Div panel(String titleKey) {
        Div title = new Div(getTranslation(titleKey));
        title.addClassName("clinician-chart-title");
        Div panel = new Div(title);
        panel.addClassName("clinician-chart");
        return panel;
    }

    private static Div bars() {
        Div bars = new Div();
        bars.addClassName("clinician-bars");
        return bars;
    }

    private static Div slot(String label, Div... bars) {
        Div columns = new Div(bars);
        columns.addClassName("clinician-slot-bars");
        Span name = new Span(label);
        name.addClassName("clinician-slot-label");
        Div slot = new Div(columns, name);
        slot.addClassName("clinician-slot");
        return slot;
    }

    private static Div bar(String className, int value, int most, String label) {
        Div bar = new Div(new Span(label));
        bar.addClassNames("clinician-bar", className);
        bar.getStyle().set("height", percent(value, most));
        return bar;
    }

    private static Div bar(String className, Double value, int most) {
        Div bar = new Div();
        bar.addClassNames("clinician-bar", className);
        bar.getStyle().set("height", value == null ? "0" : String.format(Locale.ROOT, "%.1f%%", 100 * value / most));
        return bar;
    }

    private static String percent(int value, int most) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * value / Math.max(1, most));
    }
}
