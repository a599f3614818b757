package app.backcoach.today.ui;

import app.backcoach.KaribuTest;
import app.backcoach.TestSafety;
import app.backcoach.safety.RedFlag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Today while the red-flag check's answers stand in the way of workouts, and once they do not. */
class TodaySafetyTest extends KaribuTest {

    @BeforeEach
    void signInAsANewPerson() {
        signInAsNewUser();
    }

    @Test
    void afterASameDaySignTodaySaysWorkoutsArePausedAndLeadsToTheSafetyCheckInsteadOfStart() {
        safety.record(TestSafety.answers(RedFlag.HIGH_TEMPERATURE));

        ui().navigate("");

        assertThat(_find(Button.class)).extracting(Button::getText).noneMatch(text -> text.startsWith("Start "));
        Div gate = _get(Div.class, spec -> spec.withClasses("today-safety"));
        assertThat(_get(gate, H2.class).getText()).isEqualTo("Workouts are paused");
        _click(_get(gate, Button.class));
        assertThat(ui().getInternals().getActiveViewLocation().getPath()).isEqualTo("safety");
    }

    @Test
    void withNothingInTheWayTodayOffersStart() {
        passSafetyCheck();

        ui().navigate("");

        assertThat(_find(Div.class, spec -> spec.withClasses("today-safety"))).isEmpty();
        assertThat(_find(Button.class)).extracting(Button::getText).contains("Start Gentle start");
    }
}
