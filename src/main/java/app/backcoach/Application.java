package app.backcoach;

import app.backcoach.backup.BackupNow;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.util.Map;

/**
 * Starts BackCoach and configures the page shell: Lumo, a colour scheme that follows the
 * system's light or dark preference, the app's own stylesheet, its icon, and what makes it installable.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Meta(name = "theme-color", content = "#1676f3")
public class Application implements AppShellConfigurator {

    /** Registers the offline worker (relative to the page's base, so under a context path too) once the page has loaded. */
    private static final String REGISTER_SERVICE_WORKER = """
            if ('serviceWorker' in navigator) {
              window.addEventListener('load', () => navigator.serviceWorker.register('offline-worker.js').catch(() => {}));
            }
            """;

    public static void main(String[] args) {
        if (BackupNow.requested(args)) {
            // a backup and nothing else: the context ends once the backup is made (or fails with an exception)
            System.exit(SpringApplication.exit(
                    SpringApplication.run(Application.class, BackupNow.withoutWebServer(args))));
        }
        SpringApplication application = new SpringApplication(Application.class);
        StartupSteps.recordIfAsked(application);
        application.run(args);
    }

    /**
     * The logo as the page's icon (without it, browsers ask for /favicon.ico on every fresh page load), and what
     * makes the app installable on a phone: the manifest, the home-screen icon for iOS, and the service worker
     * that shows the offline page when the server cannot be reached (docs/decisions/0021-installable-app.md).
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("images/logo.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addLink("manifest.webmanifest", Map.of("rel", "manifest"));
        settings.addLink("icons/apple-touch-icon-180.png", Map.of("rel", "apple-touch-icon"));
        settings.addInlineWithContents(REGISTER_SERVICE_WORKER, Inline.Wrapping.JAVASCRIPT);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
