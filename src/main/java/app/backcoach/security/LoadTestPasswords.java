package app.backcoach.security;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Only in the {@code load} profile: stores the load-test accounts' one published password with bcrypt
 * strength 4, so that thousands of sign-ins measure the app rather than the hash. Never for real data.
 */
@Component
@Profile("load")
public class LoadTestPasswords {

    private final JdbcTemplate jdbc;

    LoadTestPasswords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives every account whose name starts with {@code load-} the password, cheaply hashed. */
    @Transactional
    public void cheapen(String password) {
        String cheapHash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(password);
        jdbc.update("update app_user set password_hash = ? where username_key like 'load-%'", cheapHash);
    }
}
