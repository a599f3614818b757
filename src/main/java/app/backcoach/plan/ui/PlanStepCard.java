package app.backcoach.plan.ui;

import app.backcoach.base.ui.Navigation;
import app.backcoach.base.ui.SourceLine;
import app.backcoach.care.ui.CareView;
import app.backcoach.plan.PlanStep;
import app.backcoach.routine.ui.RoutinesView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** One step of the plan: when it starts (for steps still to come), what to do, a link to do it, its source. */
class PlanStepCard extends Div {

    /** The routines the plan's steps open. */
    static final String GENTLE_START = "gentle-start";
    static final String FORWARD_BENDS = "flexion";

    PlanStepCard(PlanStep step, String label) {
        addClassName("plan-step");
        if (label != null) {
            Span when = new Span(label);
            when.addClassName("plan-step-when");
            add(when);
        }
        add(new Paragraph(getTranslation("plan.step." + step.key())));
        String link = switch (step.opens()) {
            case GENTLE_START -> Navigation.fill(RoutinesView.WORKOUT_ROUTE, GENTLE_START);
            case FORWARD_BENDS -> Navigation.fill(RoutinesView.WORKOUT_ROUTE, FORWARD_BENDS);
            case HOME_CARE -> CareView.PATH;
            case NOTHING -> null;
        };
        if (link != null && label == null) {
            Anchor open = new Anchor(link, getTranslation("plan.open." + step.opens().name()));
            open.addClassName("big-link");
            add(open);
        }
        add(new SourceLine(step.sourceKey(), step.url()));
    }

    /** When a step still to come begins: on a day, once heat follows cold, or once the spasm eases. */
    static String label(PlanStep step, ZonedDateTime heatFrom, Locale locale) {
        UI ui = UI.getCurrent();
        return switch (step.when()) {
            case HEAT_NOW -> ui.getTranslation("plan.from.heat", DateTimeFormatter
                    .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                    .format(heatFrom));
            case EASING -> ui.getTranslation("plan.from.easing");
            default -> step.fromDay() == step.toDay() ? ui.getTranslation("plan.on.day", step.fromDay())
                    : ui.getTranslation("plan.from.day", step.fromDay());
        };
    }
}
