package app.backcoach;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.event.EventListener;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.stream.StreamSupport;

/**
 * With {@code -Dbackcoach.startup.steps=N}, the start records Spring's start-up steps (configuration
 * classes, bean creations, the context's refresh) and, once the app is ready, logs the N longest with their
 * beans. For finding what a start spends its time on (docs/benchmarks.md, "Start-up"); off by default.
 */
@Component
class StartupSteps {

    private static final Logger LOG = LoggerFactory.getLogger(StartupSteps.class);
    private static final String PROPERTY = "backcoach.startup.steps";

    static void recordIfAsked(SpringApplication application) {
        if (Integer.getInteger(PROPERTY, 0) > 0) {
            application.setApplicationStartup(new BufferingApplicationStartup(50_000));
        }
    }

    @EventListener
    void logLongest(ApplicationReadyEvent ready) {
        int count = Integer.getInteger(PROPERTY, 0);
        if (count <= 0 || !(ready.getApplicationContext().getApplicationStartup()
                instanceof BufferingApplicationStartup recorded)) {
            return;
        }
        StartupTimeline timeline = recorded.getBufferedTimeline();
        LOG.info("start-up steps: {} recorded; the {} longest (each includes the steps inside it):",
                timeline.getEvents().size(), count);
        timeline.getEvents().stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                .limit(count)
                .forEach(event -> LOG.info("{} ms  {} {}", event.getDuration().toMillis(),
                        event.getStartupStep().getName(), tags(event.getStartupStep())));
    }

    private static String tags(StartupStep step) {
        return StreamSupport.stream(step.getTags().spliterator(), false)
                .map(tag -> tag.getKey() + "=" + tag.getValue()).toList().toString();
    }
}
