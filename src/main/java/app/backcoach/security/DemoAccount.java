package app.backcoach.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Only in the {@code demo} profile: an account "demo" for trying BackCoach out. Never for real use:
 * its password is printed in the README, so the profile has a database file of its own and refuses the
 * default one.
 */
@Component
@Profile("demo")
@Order(0)
public class DemoAccount implements ApplicationRunner {

    public static final String USERNAME = "demo";
    static final String PASSWORD = "stretch-slowly-every-day";
    static final String DEFAULT_DATA_FILE = "./data/backcoach";
    private static final Logger log = LoggerFactory.getLogger(DemoAccount.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccount(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock,
                @Value("${spring.datasource.url:}") String databaseUrl) {
        refuseRealData(databaseUrl);
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The demo account must never land in the default database file, where real data lives. */
    static void refuseRealData(String databaseUrl) {
        if (databaseUrl != null && databaseUrl.startsWith(DatabaseAtRest.H2_FILE)
                && DatabaseAtRest.fileOf(databaseUrl).toAbsolutePath().normalize()
                .equals(Path.of(DEFAULT_DATA_FILE).toAbsolutePath().normalize())) {
            throw new IllegalStateException("The demo profile refuses to run on the default database file "
                    + DEFAULT_DATA_FILE + ": its account has a published password. It uses ./data/demo.");
        }
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
