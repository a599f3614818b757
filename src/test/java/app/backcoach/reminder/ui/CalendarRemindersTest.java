package app.backcoach.reminder.ui;

import app.backcoach.KaribuTest;
import app.backcoach.reminder.ReminderService;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalTime;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** "Calendar reminders" on the account page, as a person uses it. */
class CalendarRemindersTest extends KaribuTest {

    private static final String LINK = "webcal://[^/]+/calendar/[A-Za-z0-9_-]{43}\\.ics";

    @Autowired
    ReminderService reminders;
    @Autowired
    UserSettingsService settings;

    @BeforeEach
    void openMyAccount() {
        signInAsNewUser();
        settings.rememberBrowser("Europe/Vienna", "en-GB");
        ui().setLocale(Locale.UK);
        ui().navigate("account");
    }

    @Test
    void theWalksTimesAreWrittenAsTheTimePickersWriteTheirs() {
        assertThat(walks().getLabel()).isEqualTo(
                "Walk reminders too, at 10:30, 13:30, 16:30 (a short walk of about 5 minutes)");

        ui().setLocale(Locale.US);
        ui().navigate("");
        ui().navigate("account");

        assertThat(walks().getLabel().replace('\u202f', ' ')).as("with the time pickers at 9:00 AM and 6:00 PM")
                .isEqualTo("Walk reminders too, at 10:30 AM, 1:30 PM, 4:30 PM (a short walk of about 5 minutes)");
    }

    @Test
    void startsWithTwoSessionsAtNineAndSixAndSavesNewTimesAndWalks() {
        assertThat(time(1).getValue()).isEqualTo(LocalTime.of(9, 0));
        assertThat(time(2).getValue()).isEqualTo(LocalTime.of(18, 0));

        time(2).setValue(LocalTime.of(19, 30));
        walks().setValue(true);
        _click(button("Save reminders"));

        expectNotifications("Your reminders are saved. A subscribed calendar picks up the change the next time it checks.");
        assertThat(reminders.reminders().sessionTimes()).containsExactly(LocalTime.of(9, 0), LocalTime.of(19, 30));
        assertThat(reminders.reminders().walks()).isTrue();
        assertThat(texts()).contains("Times are in the time zone Europe/Vienna.");
    }

    @Test
    void upToFourTimesCanBeAddedAndAllButTheLastRemoved() {
        _click(button("Add a time"));
        time(3).setValue(LocalTime.of(13, 0));
        _click(button("Add a time"));
        time(4).setValue(LocalTime.of(21, 0));

        assertThat(_find(Button.class, spec -> spec.withText("Add a time"))).as("a fifth time").isEmpty();
        _click(removeButton(1));
        _click(removeButton(1));
        _click(removeButton(1));
        assertThat(_find(TimePicker.class)).hasSize(1);
        assertThat(time(1).getValue()).isEqualTo(LocalTime.of(21, 0));
        assertThat(_find(Button.class)).as("the last time stays").noneMatch(b ->
                String.valueOf(b.getElement().getAttribute("aria-label")).startsWith("Remove session"));

        _click(button("Save reminders"));
        assertThat(reminders.reminders().sessionTimes()).containsExactly(LocalTime.of(21, 0));
    }

    @Test
    void anEmptyOrRepeatedTimeIsNamedAtItsFieldAndNothingIsSaved() {
        time(2).clear();
        _click(button("Save reminders"));

        assertThat(time(2).isInvalid()).isTrue();
        assertThat(time(2).getErrorMessage()).isEqualTo("Fill in this time, or remove it.");

        time(2).setValue(LocalTime.of(9, 0));
        _click(button("Save reminders"));

        assertThat(time(2).getErrorMessage()).isEqualTo("This time is already in the list. Choose a different one.");
        assertThat(reminders.reminders().sessionTimes()).containsExactly(LocalTime.of(9, 0), LocalTime.of(18, 0));
    }

    @Test
    void aNewCalendarLinkIsShownOnceThenCanBeReplacedAndTurnedOff() {
        assertThat(texts()).contains("You have no calendar link yet. Make one to see your reminders in your phone's calendar.");

        _click(button("Create calendar link"));

        String webcal = _get(TextField.class, spec -> spec.withLabel("Calendar link")).getValue();
        assertThat(webcal).matches(LINK);
        assertThat(_get(Anchor.class, spec -> spec.withText("Add to my calendar")).getHref()).isEqualTo(webcal);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Link for Google Calendar")).getValue())
                .isEqualTo(webcal.replace("webcal://", "http://"));

        ui().navigate("");
        ui().navigate("account");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Calendar link"))).as("shown only once").isEmpty();
        assertThat(texts()).anyMatch(text -> text.startsWith("Your calendar link is on (made on "));

        _click(button("Replace link"));
        String replacement = _get(TextField.class, spec -> spec.withLabel("Calendar link")).getValue();
        assertThat(replacement).matches(LINK).isNotEqualTo(webcal);

        _click(button("Turn off link"));
        expectNotifications("Your calendar link is off. Calendars that used it get no more reminders.");
        assertThat(reminders.reminders().linkOn()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withText("Create calendar link"))).hasSize(1);
    }

    private static TimePicker time(int number) {
        return _get(TimePicker.class, spec -> spec.withLabel("Session " + number + " time"));
    }

    private static Checkbox walks() {
        return _get(Checkbox.class, spec -> spec.withClasses("big-checkbox"));
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static Button removeButton(int number) {
        String label = "Remove session " + number + " time";
        return _find(Button.class).stream().filter(b -> label.equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label));
    }

    private static java.util.List<String> texts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
