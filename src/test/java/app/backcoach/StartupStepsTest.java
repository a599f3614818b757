package app.backcoach;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.ApplicationStartup;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring's start-up steps are recorded only when asked for with -Dbackcoach.startup.steps=N. */
class StartupStepsTest {

    @AfterEach
    void forget() {
        System.clearProperty("backcoach.startup.steps");
    }

    @Test
    void aStartRecordsItsStepsOnlyWhenAsked() {
        SpringApplication plain = new SpringApplication(Application.class);
        StartupSteps.recordIfAsked(plain);
        assertThat(plain.getApplicationStartup()).isSameAs(ApplicationStartup.DEFAULT);

        System.setProperty("backcoach.startup.steps", "20");
        SpringApplication asked = new SpringApplication(Application.class);
        StartupSteps.recordIfAsked(asked);
        assertThat(asked.getApplicationStartup()).isInstanceOf(BufferingApplicationStartup.class);
    }
}
