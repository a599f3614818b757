package app.backcoach.base;

import app.backcoach.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision 32: at a stop, the answers handed back get their moment after the graceful wait, before the server
 * closes its connections.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class WholePagesAtStopTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    WholePagesAtStop step;

    @Test
    void theMomentComesAfterTheGracefulWaitAndBeforeTheServerClosesItsConnections() {
        // Spring stops lifecycle beans from the highest phase down
        int gracefulWait = context.getBean("webServerGracefulShutdown", SmartLifecycle.class).getPhase();
        int serverStop = context.getBean("webServerStartStop", SmartLifecycle.class).getPhase();

        assertThat(step.getPhase()).isLessThan(gracefulWait).isGreaterThan(serverStop);
        assertThat(step.isRunning()).isTrue();
    }

    @Test
    void itLastsTheMoment() {
        long started = System.nanoTime();
        step.stop();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        step.start();

        assertThat(took).isGreaterThanOrEqualTo(WholePagesAtStop.DRAIN);
    }
}
