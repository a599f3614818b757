package app.backcoach.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every view is closed unless it carries an access annotation that opens it; sign-in goes through the
 * login view, and its form post must come from this site; static images, the stylesheet, the health
 * check and the files that install the app (manifest, service worker, offline page, icons) are public, and
 * so are the private calendar feeds of reminders ({@code /calendar/<token>.ics}: a calendar app cannot sign
 * in; the long random token in the address is the key, and an unknown one gets 404).
 */
@Configuration
class WebSecurityConfig {

    static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/images/**", "/styles.css", "/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/calendar/*").permitAll()
                // what installs the app and shows its offline page: read before anyone signs in
                .requestMatchers("/manifest.webmanifest", "/offline-worker.js", "/offline.html", "/icons/**")
                .permitAll());
        http.headers(headers -> headers
                .contentTypeOptions(contentType -> { })
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        http.addFilterBefore(new LoginOriginFilter(LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
