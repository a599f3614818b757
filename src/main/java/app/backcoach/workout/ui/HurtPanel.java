package app.backcoach.workout.ui;

import app.backcoach.base.Sources;
import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.SourceLine;
import app.backcoach.safety.Hurt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.function.Consumer;

/**
 * "This hurts", pressed during a workout (which pauses it): what happened, then the choice to skip this
 * exercise or end the workout. The answer is saved with the workout and feeds the stop rules.
 */
class HurtPanel extends Div {

    private final Consumer<Hurt> report;
    private final Runnable skipExercise;
    private final Runnable endWorkout;
    private final Runnable cancel;

    HurtPanel(Consumer<Hurt> report, Runnable skipExercise, Runnable endWorkout, Runnable cancel) {
        this.report = report;
        this.skipExercise = skipExercise;
        this.endWorkout = endWorkout;
        this.cancel = cancel;
        addClassNames("hurt-panel", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.Margin.Top.MEDIUM);
        addClassName("advice-box");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** Asks what happened. */
    void ask() {
        removeAll();
        FlexLayout answers = new FlexLayout();
        answers.addClassNames("hurt-answers", LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        for (Hurt what : Hurt.values()) {
            Button answer = new Button(getTranslation("hurt." + what.name()), event -> answered(what));
            answer.addThemeVariants(ButtonVariant.LUMO_LARGE);
            answers.add(answer);
        }
        Button firstAnswer = (Button) answers.getComponentAt(0);
        Button back = new Button(getTranslation("hurt.cancel"), event -> {
            setVisible(false);
            cancel.run();
        });
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_LARGE);
        add(new H2(getTranslation("hurt.question")), answers, back);
        setVisible(true);
        scrollIntoView();
        // the question is read out (role alert); the keyboard goes on from its first answer
        firstAnswer.focus();
    }

    private void answered(Hurt what) {
        report.accept(what);
        removeAll();
        Button skip = new Button(getTranslation("hurt.skip"), AppIcon.STEP_FORWARD.create(), event -> {
            setVisible(false);
            skipExercise.run();
        });
        skip.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button end = new Button(getTranslation("hurt.end"), AppIcon.FLAG_CHECKERED.create(), event -> {
            setVisible(false);
            endWorkout.run();
        });
        end.addThemeVariants(ButtonVariant.LUMO_LARGE);
        FlexLayout choices = new FlexLayout(skip, end);
        // the pressed answer is gone: the keyboard goes on from the first choice
        skip.focus();
        choices.addClassNames("hurt-answers", LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        add(new H2(getTranslation("hurt.title." + what.name())), new Paragraph(getTranslation("hurt.text." + what.name())),
                choices, new SourceLine(what == Hurt.SPREADING ? "advice.source.SPREADING" : "advice.source.STOP_FOR_TODAY",
                        what == Hurt.SPREADING ? Sources.NHS_BACK_PAIN : Sources.NHS_INFORM_EXERCISES));
    }
}
