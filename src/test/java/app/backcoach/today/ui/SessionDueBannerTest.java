package app.backcoach.today.ui;

import app.backcoach.KaribuTest;
import app.backcoach.MutableClock;
import app.backcoach.TestHistory;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The gentle word on Today once a session time has passed and no session was done today. */
class SessionDueBannerTest extends KaribuTest {

    @Autowired
    MutableClock clock;
    @Autowired
    UserSettingsService settings;
    @Autowired
    JdbcTemplate jdbc;

    private AccountPrincipal me;
    private Instant before;

    @BeforeEach
    void signInInUtc() {
        before = clock.instant();
        me = signInAsNewUser();
        settings.rememberBrowser("UTC", "en-GB");
        ui().setLocale(Locale.UK);
        passSafetyCheck();
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(before);
    }

    @Test
    void beforeTheFirstSessionTimeThereIsNoBanner() {
        clock.set(Instant.parse("2025-03-02T08:45:00Z"));

        ui().navigate("");

        assertThat(bannerTexts()).isEmpty();
    }

    @Test
    void afterASessionTimeWithNoSessionTodayTheBannerOffersToStart() {
        clock.set(Instant.parse("2025-03-02T09:20:00Z"));

        ui().navigate("");

        assertThat(bannerTexts()).containsExactly("Time for your 09:00 session",
                "No session yet today. Whenever you are ready.");
        _click(_get(Button.class, spec -> spec.withText("Start now")));
        assertThat(ui().getInternals().getActiveViewLocation().getPath()).startsWith("workout/");
    }

    @Test
    void theEveningTimeIsNamedOnceItHasPassed() {
        clock.set(Instant.parse("2025-03-02T18:05:00Z"));

        ui().navigate("");

        assertThat(bannerTexts()).first().isEqualTo("Time for your 18:00 session");
    }

    @Test
    void inTheUnitedStatesTheTimeIsWrittenAsItsTimePickersWriteIt() {
        clock.set(Instant.parse("2025-03-02T18:05:00Z"));
        ui().setLocale(Locale.US);

        ui().navigate("");

        assertThat(bannerTexts()).first().extracting(text -> text.replace('\u202f', ' '))
                .isEqualTo("Time for your 6:00 PM session");
    }

    @Test
    void onceASessionIsDoneTodayTheBannerIsGone() {
        clock.set(Instant.parse("2025-03-02T10:00:00Z"));
        TestHistory.workout(jdbc, me.id(), Instant.parse("2025-03-02T09:30:00Z"), Duration.ofMinutes(12), 2,
                "COMPLETED");

        ui().navigate("");

        assertThat(bannerTexts()).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Start now"))).isEmpty();
    }

    private static java.util.List<String> bannerTexts() {
        return _find(Paragraph.class).stream()
                .filter(p -> p.getParent().filter(parent -> parent.hasClassName("session-due")).isPresent())
                .filter(p -> p.getParent().orElseThrow().isVisible())
                .map(Paragraph::getText).toList();
    }
}
