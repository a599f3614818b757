package app.backcoach.security.ui;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;


/**
 * The actuator's addresses. The health check is public; every other operation (the backup on demand) is
 * for the administrator only: the user {@code admin} with the password in {@code backcoach.admin.password}
 * (environment {@code BACKCOACH_ADMIN_PASSWORD}), over HTTP Basic, without a session. The administrator is
 * not an account of the app, so nobody can become one by registering a name. Without a password of at
 * least {@value #MIN_PASSWORD_LENGTH} characters, the operations are closed to everyone.
 */
@Configuration
class AdminSecurityConfig {

    static final String ADMIN = "admin";
    static final int MIN_PASSWORD_LENGTH = 20;
    private static final Logger log = LoggerFactory.getLogger(AdminSecurityConfig.class);

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http, PasswordEncoder encoder,
                                      @Value("${backcoach.admin.password:}") String password) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint()))
                // no cookies and no session here: a cross-site page cannot make a browser send the password
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(new ProviderManager(administrator(encoder, password)));
        return http.build();
    }

    /**
     * Asks for credentials with a bare 401. Not through {@code sendError}: Tomcat's error page would pass
     * through the app's pages, which send a browser to the sign-in page instead.
     */
    private static AuthenticationEntryPoint entryPoint() {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"BackCoach administration\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        };
    }

    private static DaoAuthenticationProvider administrator(PasswordEncoder encoder, String password) {
        DaoAuthenticationProvider provider;
        if (password.length() >= MIN_PASSWORD_LENGTH) {
            provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                    User.withUsername(ADMIN).password(encoder.encode(password)).roles("ADMIN").build()));
        } else {
            if (!password.isEmpty()) {
                log.warn("backcoach.admin.password is shorter than {} characters: the admin operations stay closed",
                        MIN_PASSWORD_LENGTH);
            }
            provider = new DaoAuthenticationProvider(username -> {
                throw new UsernameNotFoundException("no administrator is configured");
            });
        }
        provider.setPasswordEncoder(encoder);
        return provider;
    }
}
