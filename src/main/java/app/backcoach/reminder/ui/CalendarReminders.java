package app.backcoach.reminder.ui;

import app.backcoach.reminder.ReminderService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The account page's "Calendar reminders": the session times and walks, then the private calendar link. */
class CalendarReminders extends Div {

    CalendarReminders(ReminderService reminders) {
        addClassNames("reminders", LumoUtility.Width.FULL);
        add(new H2(getTranslation("reminders.title")), new Paragraph(getTranslation("reminders.intro")),
                new ReminderTimesForm(reminders), new CalendarLinkPanel(reminders));
    }
}
