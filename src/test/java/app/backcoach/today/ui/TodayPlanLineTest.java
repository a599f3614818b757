package app.backcoach.today.ui;

import app.backcoach.KaribuTest;
import app.backcoach.MutableClock;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class TodayPlanLineTest extends KaribuTest {

    @Autowired
    MutableClock clock;
    @Autowired
    UserSettingsService settings;

    @BeforeEach
    void signIn() {
        signInAsNewUser();
        settings.rememberBrowser("UTC", "en-GB");
    }

    @Test
    void withoutAStartDayTodayOffersThePlanWhichAsksForIt() {
        ui().navigate("");
        Anchor line = planLine();
        assertThat(line.getText()).isEqualTo("My plan: tell BackCoach when your spasm began");
        assertThat(line.getHref()).isEqualTo("plan");
    }

    @Test
    void theDayItBeganIsDayOneAndTwoCalendarDaysLaterDayThree() {
        Instant before = clock.instant();
        try {
            // late in the evening it began; early in the morning two days later it is day 3, though under 48 hours
            // the clock first: a start is accepted only within the year before now, whatever earlier tests left
            clock.set(LocalDateTime.of(2025, 3, 1, 23, 0).toInstant(ZoneOffset.UTC));
            settings.setSpasmStartedAt(LocalDateTime.of(2025, 3, 1, 22, 0).toInstant(ZoneOffset.UTC));
            ui().navigate("");
            assertThat(planLine().getText()).isEqualTo("Day 1 since your back spasm began");

            clock.set(LocalDateTime.of(2025, 3, 3, 7, 0).toInstant(ZoneOffset.UTC));
            ui().navigate("plan");
            ui().navigate("");
            assertThat(planLine().getText()).isEqualTo("Day 3 since your back spasm began");
            assertThat(planLine().getHref()).isEqualTo("plan");
        } finally {
            clock.set(before);
        }
    }

    private static Anchor planLine() {
        return _get(Anchor.class, spec -> spec.withClasses("today-plan"));
    }
}
