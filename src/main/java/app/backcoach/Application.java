package app.backcoach;

import app.backcoach.backup.BackupNow;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.util.Map;

/**
 * Starts BackCoach and configures the page shell: Lumo, a colour scheme that follows the
 * system's light or dark preference, the app's own stylesheet and its icon.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Meta(name = "theme-color", content = "#1676f3")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (BackupNow.requested(args)) {
            // a backup and nothing else: the context ends once the backup is made (or fails with an exception)
            System.exit(SpringApplication.exit(
                    SpringApplication.run(Application.class, BackupNow.withoutWebServer(args))));
        }
        SpringApplication.run(Application.class, args);
    }

    /** The logo as the page's icon: without it, browsers ask for /favicon.ico on every fresh page load. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("images/logo.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
