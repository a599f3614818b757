package app.backcoach.base;

import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * A graceful stop waits for the requests still inside the app, but Tomcat finishes writing an answer after the
 * app has handed it back: the last part of a page (beyond the first 8 KB, for a client that does not take it
 * compressed) went out after that, and a stop that closed the connections at that moment cut the page short.
 * This step runs after the graceful stop's wait and before the web server closes its connections (decision 32),
 * and gives the answers handed back a moment to leave.
 */
@Component
class WholePagesAtStop implements SmartLifecycle {

    /** Far longer than writing the rest of an answer to a connection takes; what every stop costs. */
    static final Duration DRAIN = Duration.ofMillis(250);

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        try {
            Thread.sleep(DRAIN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the graceful stop (whose phase is higher, so it stops first), before the web server's own stop. */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 512;
    }
}
