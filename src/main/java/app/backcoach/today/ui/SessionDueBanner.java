package app.backcoach.today.ui;

import app.backcoach.base.ui.AppIcon;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * A gentle word when one of the person's session times has passed and no session was done today, the time
 * written as the person's time pickers write it.
 */
class SessionDueBanner extends Div {

    SessionDueBanner(Optional<LocalTime> due, Runnable start) {
        addClassName("session-due");
        getElement().setAttribute("role", "status");
        setVisible(due.isPresent());
        due.ifPresent(time -> {
            Button go = new Button(getTranslation("today.sessionDue.start"), AppIcon.PLAY.create(),
                    event -> start.run());
            go.addThemeVariants(ButtonVariant.LUMO_LARGE);
            add(new Paragraph(getTranslation("today.sessionDue",
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).format(time))),
                    new Paragraph(getTranslation("today.sessionDue.text")), go);
        });
    }
}
