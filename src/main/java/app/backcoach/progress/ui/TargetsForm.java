package app.backcoach.progress.ui;

import app.backcoach.settings.Preferences;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;

/** The person's daily session target and weekly goal in active days; bad values are shown at the field. */
class TargetsForm extends FormLayout {

    /** The form's editable copy of the two targets. */
    static final class Targets {
        private Integer daily;
        private Integer weekly;

        Integer getDaily() {
            return daily;
        }

        void setDaily(Integer daily) {
            this.daily = daily;
        }

        Integer getWeekly() {
            return weekly;
        }

        void setWeekly(Integer weekly) {
            this.weekly = weekly;
        }
    }

    TargetsForm(UserSettingsService settings, Preferences preferences) {
        addClassName("targets-form");
        IntegerField daily = field("progress.dailyTarget");
        daily.setHelperText(getTranslation("progress.dailyTargetHelp"));
        IntegerField weekly = field("progress.weeklyGoal");
        Binder<Targets> binder = new Binder<>();
        binder.forField(daily).asRequired(getTranslation("progress.required"))
                .withValidator(new IntegerRangeValidator(getTranslation("progress.range", Preferences.MIN_DAILY_TARGET,
                        Preferences.MAX_DAILY_TARGET), Preferences.MIN_DAILY_TARGET, Preferences.MAX_DAILY_TARGET))
                .bind(Targets::getDaily, Targets::setDaily);
        binder.forField(weekly).asRequired(getTranslation("progress.required"))
                .withValidator(new IntegerRangeValidator(getTranslation("progress.range",
                        Preferences.MIN_WEEKLY_GOAL_DAYS, Preferences.MAX_WEEKLY_GOAL_DAYS),
                        Preferences.MIN_WEEKLY_GOAL_DAYS, Preferences.MAX_WEEKLY_GOAL_DAYS))
                .bind(Targets::getWeekly, Targets::setWeekly);
        Targets targets = new Targets();
        targets.setDaily(preferences.dailyTarget());
        targets.setWeekly(preferences.weeklyGoalDays());
        binder.readBean(targets);
        Button save = new Button(getTranslation("progress.saveTargets"), event -> {
            if (binder.writeBeanIfValid(targets)) {
                settings.setTargets(targets.getDaily(), targets.getWeekly());
                Notification.show(getTranslation("progress.targetsSaved"), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(daily, weekly, save);
        setMaxWidth("32rem");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30rem", 2));
        setColspan(save, 2);
    }

    private IntegerField field(String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setStepButtonsVisible(true);
        return field;
    }
}
