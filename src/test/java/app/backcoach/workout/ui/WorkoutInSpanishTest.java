package app.backcoach.workout.ui;

import app.backcoach.KaribuTest;
import app.backcoach.MutableClock;
import app.backcoach.PhaseTimerDriver;
import app.backcoach.TestRoutines;
import app.backcoach.base.ui.PhaseTimer;
import app.backcoach.history.HistoryService;
import app.backcoach.security.AccountPrincipal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A whole short workout on a page in Spanish: the labels, the spoken words and the exercise's own words. */
class WorkoutInSpanishTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryService history;
    @Autowired
    MutableClock clock;

    private AccountPrincipal me;

    @BeforeEach
    void signInWithASpanishPage() {
        me = signInAsNewUser();
        passSafetyCheck();
        ui().setLocale(Locale.forLanguageTag("es-MX"));
    }

    @Test
    void aShortWorkoutRunsInSpanishToItsSummary() {
        long routine = TestRoutines.create(jdbc, me.id(), "Dos inclinaciones", "pelvic-tilt", 2, 2, 1, 0);
        ui().navigate("workout/" + routine);
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).anyMatch(text -> text.contains("Inclinación pélvica"));

        _click(_get(Button.class, spec -> spec.withText("Empezar el entrenamiento")));
        assertThat(phase()).isEqualTo("Prepárate");
        assertThat(timer().getElement().getProperty("speech")).isEqualTo("Prepárate. Inclinación pélvica");
        assertThat(timer().getElement().getAttribute("lang")).as("the voice of the cues").isEqualTo("es-MX");
        assertThat(RepLine.asRead()).isEqualTo("Repetición 1 de 2 · Serie 1 de 1");
        assertThat(RepLine.asSent())
                .as("on a phone the line may break after the \"·\" only, never inside \"Serie 1 de 1\"")
                .isEqualTo("Repetición\u00a01\u00a0de\u00a02\u00a0· Serie\u00a01\u00a0de\u00a01");
        assertThat(_find(Button.class)).extracting(Button::getText).contains("Pausa", "Saltar", "Terminar", "Esto duele");

        PhaseTimerDriver.finishPhase(clock);
        assertThat(phase()).isEqualTo("Mantén");
        assertThat(_get(Span.class, spec -> spec.withClasses("workout-next")).getText()).startsWith("Después: Relaja");

        PhaseTimerDriver.finishPhase(clock);
        assertThat(phase()).isEqualTo("Relaja");
        assertThat(RepLine.asRead()).isEqualTo("Repetición 2 de 2 · Serie 1 de 1");

        PhaseTimerDriver.finishPhase(clock);
        PhaseTimerDriver.finishPhase(clock);

        assertThat(_get(_get(WorkoutSummary.class), H1.class).getText()).isEqualTo("Muy bien");
        assertThat(history.page(0, 1).getFirst().status()).isEqualTo("COMPLETED");
    }

    @Test
    void aBuiltInRoutineShowsItsSpanishName() {
        ui().navigate("workout/gentle-start");

        assertThat(_get(_get(WorkoutIntro.class), H1.class).getText()).isEqualTo("Inicio suave");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .anyMatch(text -> text.startsWith("Rodilla al pecho (una pierna)"));
    }

    private static PhaseTimer timer() {
        return PhaseTimerDriver.timer();
    }

    private static String phase() {
        return timer().getElement().getProperty("label");
    }
}
