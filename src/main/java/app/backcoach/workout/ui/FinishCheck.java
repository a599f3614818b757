package app.backcoach.workout.ui;

import app.backcoach.base.ui.AppIcon;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Finish, pressed during a workout (which pauses it): the workout ends only once the person says so, so that a
 * stray tap from the floor costs nothing. "Keep going" is where the keyboard lands.
 */
class FinishCheck extends Div {

    private final Runnable end;
    private final Runnable keepGoing;

    FinishCheck(Runnable end, Runnable keepGoing) {
        this.end = end;
        this.keepGoing = keepGoing;
        addClassNames("finish-check", "advice-box", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL, LumoUtility.Margin.Top.MEDIUM);
        // a labelled group in the page, not a dialog: nothing else is blocked while it asks; the focus moving to
        // Keep going has a screen reader read the question and its text
        getElement().setAttribute("role", "group");
        setVisible(false);
    }

    /** Asks whether to end the workout now. */
    void ask() {
        removeAll();
        H2 question = new H2(getTranslation("finish.question"));
        question.setId("finish-question");
        getElement().setAttribute("aria-labelledby", "finish-question");
        Paragraph text = new Paragraph(getTranslation("finish.text"));
        text.setId("finish-text");
        getElement().setAttribute("aria-describedby", "finish-text");
        Button stay = new Button(getTranslation("finish.keepGoing"), AppIcon.PLAY.create(), event -> {
            setVisible(false);
            keepGoing.run();
        });
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button stop = new Button(getTranslation("finish.end"), AppIcon.FLAG_CHECKERED.create(), event -> {
            setVisible(false);
            end.run();
        });
        stop.addThemeVariants(ButtonVariant.LUMO_LARGE);
        FlexLayout choices = new FlexLayout(stay, stop);
        choices.addClassNames("hurt-answers", LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        add(question, text, choices);
        setVisible(true);
        scrollIntoView();
        stay.focus();
    }

    /** Closes the question unanswered (the workout ended another way). */
    void close() {
        setVisible(false);
    }
}
