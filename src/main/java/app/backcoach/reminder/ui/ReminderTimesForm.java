package app.backcoach.reminder.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.SourceLine;
import app.backcoach.reminder.InvalidRemindersException;
import app.backcoach.reminder.ReminderRules;
import app.backcoach.reminder.ReminderService;
import app.backcoach.reminder.Reminders;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The session times (1 to 4), walk reminders on or off, and Save. */
class ReminderTimesForm extends Div {

    private final ReminderService reminders;
    private final Div times = new Div();
    private final List<TimePicker> pickers = new ArrayList<>();
    private final Button addTime = new Button(getTranslation("reminders.addTime"), AppIcon.PLUS.create(),
            event -> addTime(null));
    private final Checkbox walks = new Checkbox();
    private final Paragraph zone = new Paragraph();
    private final Paragraph problem = new Paragraph();

    ReminderTimesForm(ReminderService reminders) {
        this.reminders = reminders;
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.MaxWidth.SCREEN_SMALL);
        Reminders mine = reminders.reminders();
        times.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        mine.sessionTimes().forEach(this::addTime);
        // the walks' times written as the time pickers above write theirs: "13:30" or "1:30 PM"
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        walks.setLabel(getTranslation("reminders.walks", ReminderRules.WALK_TIMES.stream().map(time::format)
                .collect(Collectors.joining(", ")), ReminderRules.WALK_LENGTH.toMinutes()));
        walks.addClassName("big-checkbox");
        walks.setValue(mine.walks());
        problem.addClassName("reminders-problem");
        problem.setVisible(false);
        showZone(mine);
        Button save = new Button(getTranslation("reminders.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        addTime.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(times, addTime, walks, problem, save, zone,
                new SourceLine("reminders.source", null));
    }

    private void addTime(LocalTime value) {
        TimePicker picker = new TimePicker();
        picker.setStep(Duration.ofMinutes(15));
        picker.setValue(value);
        Button remove = new Button(AppIcon.CLOSE_SMALL.create(), event -> removeTime(picker));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(picker, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWidthFull();
        picker.setWidthFull();
        pickers.add(picker);
        times.add(row);
        relabel();
    }

    private void removeTime(TimePicker picker) {
        pickers.remove(picker);
        picker.getParent().ifPresent(row -> times.remove(row));
        relabel();
    }

    /** Labels follow the order on the page; the last time cannot be removed and a fifth cannot be added. */
    private void relabel() {
        for (int i = 0; i < pickers.size(); i++) {
            TimePicker picker = pickers.get(i);
            picker.setLabel(getTranslation("reminders.time", i + 1));
            picker.getParent().flatMap(row -> row.getChildren().filter(Button.class::isInstance).findFirst())
                    .ifPresent(remove -> {
                        remove.setVisible(pickers.size() > ReminderRules.MIN_TIMES);
                        remove.getElement().setAttribute("aria-label", getTranslation("reminders.removeTime",
                                pickers.indexOf(picker) + 1));
                    });
        }
        addTime.setVisible(pickers.size() < ReminderRules.MAX_TIMES);
    }

    private void save() {
        pickers.forEach(picker -> picker.setInvalid(false));
        problem.setVisible(false);
        try {
            Reminders saved = reminders.save(pickers.stream().map(TimePicker::getValue).toList(), walks.getValue(),
                    browserZone());
            showZone(saved);
            Notification.show(getTranslation("reminders.saved"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidRemindersException invalid) {
            String message = getTranslation(invalid.messageKey(), ReminderRules.MIN_TIMES, ReminderRules.MAX_TIMES);
            if (invalid.index() >= 0 && invalid.index() < pickers.size()) {
                TimePicker picker = pickers.get(invalid.index());
                picker.setErrorMessage(message);
                picker.setInvalid(true);
                picker.focus();
            } else {
                problem.setText(message);
                problem.setVisible(true);
            }
        }
    }

    private void showZone(Reminders mine) {
        zone.setText(getTranslation("reminders.zone", mine.zone().getId()));
    }

    /** The browser's time zone, as it told Vaadin when the page opened; null if it did not. */
    private static String browserZone() {
        ExtendedClientDetails details = UI.getCurrent().getPage().getExtendedClientDetails();
        return details == null ? null : details.getTimeZoneId();
    }
}
