package app.backcoach.base.ui;

import app.backcoach.base.SpasmStart;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The spasm-start question: when the current spasm began. It decides between cold and heat, the day of the
 * plan, and when a review is due; home care and the plan both ask it. A day in the
 * future or more than a year ago gets a message at the field and changes nothing.
 */
public class SpasmStartForm extends Div {

    private final SpasmStart settings;
    private final Clock clock;
    private final Runnable changed;
    private final DatePicker day = new DatePicker();
    private final TimePicker time = new TimePicker();

    public SpasmStartForm(SpasmStart settings, Clock clock, Runnable changed) {
        this.settings = settings;
        this.clock = clock;
        this.changed = changed;
        addClassNames("spasm-start", LumoUtility.Width.FULL);
        day.setLabel(getTranslation("care.spasm.day"));
        time.setLabel(getTranslation("care.spasm.time"));
        time.setStep(java.time.Duration.ofMinutes(30));
        show();
    }

    private void show() {
        removeAll();
        ZoneId zone = settings.zone();
        Instant now = clock.instant();
        add(new H2(getTranslation("care.spasm.title")));
        settings.spasmStartedAt().ifPresentOrElse(start -> {
            ZonedDateTime began = start.atZone(zone);
            long hours = java.time.Duration.between(start, now).toHours();
            Paragraph when = new Paragraph(getTranslation("care.spasm.began",
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(getLocale())
                            .format(began), hours / 24, hours % 24));
            when.addClassName("spasm-began");
            Button change = new Button(getTranslation("care.spasm.change"), event -> edit(zone));
            change.addThemeVariants(ButtonVariant.LUMO_LARGE);
            Button settled = new Button(getTranslation("care.spasm.settled"), event -> {
                settings.setSpasmStartedAt(null);
                show();
                changed.run();
            });
            settled.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
            FlexLayout buttons = new FlexLayout(change, settled);
            buttons.addClassNames(LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.END);
            add(when, buttons);
        }, () -> {
            add(new Paragraph(getTranslation("care.spasm.ask")));
            edit(zone);
        });
    }

    /** Sunday first, as the date picker counts its weekdays. */
    private static final DayOfWeek[] WEEK = {DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY};

    /** The calendar's month and day names in the page's language, with a capital as a calendar shows them. */
    private <T> List<String> names(T[] values, Function<T, String> name) {
        return Arrays.stream(values).map(name)
                .map(text -> text.substring(0, 1).toUpperCase(getLocale()) + text.substring(1)).toList();
    }

    private void edit(ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        day.setMax(today);
        day.setMin(today.minusDays(SpasmStart.MAX_AGE.toDays()));
        day.setI18n(new DatePicker.DatePickerI18n()
                .setBadInputErrorMessage(getTranslation("care.spasm.dayRequired"))
                .setMaxErrorMessage(getTranslation("care.spasm.future"))
                .setMinErrorMessage(getTranslation("care.spasm.tooLongAgo"))
                .setRequiredErrorMessage(getTranslation("care.spasm.dayRequired"))
                .setMonthNames(names(Month.values(), month -> month.getDisplayName(TextStyle.FULL_STANDALONE, getLocale())))
                .setWeekdays(names(WEEK, day -> day.getDisplayName(TextStyle.FULL, getLocale())))
                .setWeekdaysShort(names(WEEK, day -> day.getDisplayName(TextStyle.SHORT, getLocale())))
                .setFirstDayOfWeek(WeekFields.of(getLocale()).getFirstDayOfWeek().getValue() % 7)
                .setToday(getTranslation("care.spasm.calendarToday"))
                .setCancel(getTranslation("care.spasm.calendarCancel")));
        time.setI18n(new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(getTranslation("care.spasm.timeRequired"))
                .setRequiredErrorMessage(getTranslation("care.spasm.timeRequired")));
        settings.spasmStartedAt().ifPresentOrElse(start -> {
            day.setValue(LocalDate.ofInstant(start, zone));
            time.setValue(start.atZone(zone).toLocalTime().withSecond(0).withNano(0));
        }, () -> {
            day.setValue(today);
            time.setValue(LocalTime.ofInstant(clock.instant(), zone).withSecond(0).withNano(0));
        });
        Button save = new Button(getTranslation("care.spasm.save"), event -> save(zone));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        getChildren().filter(child -> child instanceof FlexLayout).toList().forEach(this::remove);
        FlexLayout fields = new FlexLayout(day, time, save);
        fields.addClassNames(LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.END);
        add(fields);
    }

    private void save(ZoneId zone) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Binder<Entered> binder = new Binder<>();
        binder.forField(day).asRequired(getTranslation("care.spasm.dayRequired"))
                .withValidator(value -> !value.isAfter(today), getTranslation("care.spasm.future"))
                .withValidator(value -> !value.atStartOfDay(zone).toInstant()
                                .isBefore(now.minus(SpasmStart.MAX_AGE).minus(Duration.ofDays(1))),
                        getTranslation("care.spasm.tooLongAgo"))
                .bind(Entered::day, null);
        binder.forField(time).asRequired(getTranslation("care.spasm.timeRequired"))
                .withValidator(value -> day.getValue() == null || !day.getValue().atTime(value).atZone(zone)
                        .toInstant().isAfter(now), getTranslation("care.spasm.timeFuture"))
                .bind(Entered::time, null);
        Entered entered = new Entered(day.getValue(), time.getValue());
        if (!binder.validate().isOk()) {
            return;
        }
        Instant start = entered.day().atTime(entered.time()).atZone(zone).toInstant();
        if (start.isBefore(now.minus(SpasmStart.MAX_AGE))) {
            showError(day, "care.spasm.tooLongAgo");
            return;
        }
        settings.setSpasmStartedAt(start);
        show();
        changed.run();
    }

    /** What the two fields hold. */
    private record Entered(LocalDate day, LocalTime time) {
    }

    private void showError(HasValidationProperties field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }
}
