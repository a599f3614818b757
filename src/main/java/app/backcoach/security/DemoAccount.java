package app.backcoach.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Only in the {@code demo} profile: an account "demo" for trying BackCoach out. Never for real use:
 * its password is printed in the README.
 */
@Component
@Profile("demo")
@Order(0)
class DemoAccount implements ApplicationRunner {

    static final String USERNAME = "demo";
    static final String PASSWORD = "stretch-slowly-every-day";
    private static final Logger log = LoggerFactory.getLogger(DemoAccount.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccount(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!users.existsByUsernameKey(AppUser.keyOf(USERNAME))) {
            users.save(new AppUser(USERNAME, passwordEncoder.encode(PASSWORD), clock.instant()));
            log.warn("Demo profile: created the account '{}' with a published password. Not for real use.", USERNAME);
        }
    }
}
