package app.backcoach.reminder.ui;

import app.backcoach.base.ui.AccountSection;
import app.backcoach.reminder.ReminderService;
import com.vaadin.flow.component.Component;

/** Calendar reminders, as a section of the account page. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(20)
class RemindersAccountSection implements AccountSection {

    private final ReminderService reminders;

    RemindersAccountSection(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public Component create() {
        return new CalendarReminders(reminders);
    }
}
