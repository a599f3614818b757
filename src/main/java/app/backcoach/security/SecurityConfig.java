package app.backcoach.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

/**
 * How passwords are checked: Spring's delegating encoder, which encodes new passwords with Argon2id and
 * still verifies older bcrypt hashes (upgraded at their next sign-in), and a provider that throttles
 * failed sign-ins. The web side is in {@code ui.WebSecurityConfig}.
 */
@Configuration
class SecurityConfig {

    /** Spring Security's id for Argon2id with its current parameters (16 MiB, 2 passes, 1 lane). */
    static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    @Bean
    PasswordEncoder passwordEncoder() {
        // each Argon2 hash takes 16 MiB for a moment: a bounded number at a time keeps a burst of
        // sign-ins from exhausting memory
        int parallelHashes = Math.clamp(Runtime.getRuntime().availableProcessors(), 2, 8);
        return new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, new BoundedPasswordEncoder(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), parallelHashes),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    AuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
                                                  LoginThrottle throttle, DeviceCookies deviceCookies,
                                                  SignInHistory history, ApplicationEventPublisher events,
                                                  @Value("${backcoach.security.upgrade-passwords:true}") boolean upgrade) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        if (upgrade) {
            // off only in the load profile, whose accounts are hashed cheaply on purpose
            dao.setUserDetailsPasswordService(users);
        }
        return new ThrottlingAuthenticationProvider(dao, throttle, deviceCookies, history, events);
    }
}
