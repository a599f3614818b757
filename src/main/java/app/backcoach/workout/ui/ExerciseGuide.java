package app.backcoach.workout.ui;

import app.backcoach.base.ui.SharedMarkup;
import app.backcoach.exercise.ExerciseInfo;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.theme.lumo.LumoUtility;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The current exercise's drawing, steps and cautions, beside or below the timer, with the one rule that holds
 * for every exercise: stop if it hurts a lot or pain spreads down a leg.
 * <p>
 * One element whose markup the browser draws, the same string for everyone who does that exercise in that
 * language ({@link SharedMarkup}): as components it was 18 state nodes (the pelvic tilt) made again at every
 * exercise of every running workout (decision 34).
 */
class ExerciseGuide extends Div {

    ExerciseGuide() {
        addClassNames("exercise-guide", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.START, LumoUtility.JustifyContent.CENTER, LumoUtility.Margin.Top.LARGE);
    }

    void show(ExerciseInfo exercise) {
        getElement().setProperty("innerHTML", SharedMarkup.of(markup(exercise,
                getTranslation("detail.pictureOf", exercise.name()), getTranslation("workout.stopRule"))));
    }

    /** The drawing, the numbered steps, the cautions and the stop rule; every text and address escaped. */
    static String markup(ExerciseInfo exercise, String pictureName, String stopRule) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<img class=\"exercise-picture ").append(LumoUtility.Display.BLOCK).append("\" src=\"")
                .append(htmlEscape(exercise.imagePath())).append("\" alt=\"").append(htmlEscape(pictureName))
                .append("\">");
        list(html, "ol", "steps", exercise.steps());
        list(html, "ul", "cautions", exercise.cautions());
        return html.append("<p class=\"stop-rule ").append(LumoUtility.Margin.NONE).append("\">")
                .append(htmlEscape(stopRule)).append("</p>").toString();
    }

    private static void list(StringBuilder html, String tag, String className, Iterable<String> items) {
        html.append('<').append(tag).append(" class=\"").append(className).append(' ')
                .append(LumoUtility.Margin.NONE).append("\">");
        items.forEach(item -> html.append("<li>").append(htmlEscape(item)).append("</li>"));
        html.append("</").append(tag).append('>');
    }
}
