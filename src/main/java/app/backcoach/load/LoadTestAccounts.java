package app.backcoach.load;

import app.backcoach.safety.RedFlag;
import app.backcoach.safety.SafetyService;
import app.backcoach.security.AccountException;
import app.backcoach.security.AccountService;
import app.backcoach.security.LoadTestPasswords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Only in the {@code load} profile: the accounts a load test signs in with, {@code load-1} to
 * {@code load-N} ({@code load.users}, default 2,000) with one published password, each with a red-flag
 * check answered "no" throughout, so that a workout may start. Created through registration; the check is
 * answered again on every start, as it is valid for a week. Their password is then stored with bcrypt
 * strength 4 instead of 10, so that thousands of sign-ins measure the app rather than the hash (a real
 * sign-in costs a bcrypt-10 check, ~0.1 s of one core; see docs/benchmarks.md). Never for real data: the
 * password is in the README.
 */
@Component
@Profile("load")
class LoadTestAccounts implements ApplicationRunner {

    static final String PASSWORD = "load-test-stretch-slowly";
    private static final Logger log = LoggerFactory.getLogger(LoadTestAccounts.class);
    private static final Map<RedFlag, Boolean> ALL_NO = Arrays.stream(RedFlag.values())
            .collect(Collectors.toMap(Function.identity(), flag -> false));

    private final AccountService accounts;
    private final UserDetailsService users;
    private final SafetyService safety;
    private final LoadTestPasswords passwords;
    private final int count;

    LoadTestAccounts(AccountService accounts, UserDetailsService users, SafetyService safety, LoadTestPasswords passwords,
                     @Value("${load.users:2000}") int count) {
        this.accounts = accounts;
        this.users = users;
        this.safety = safety;
        this.passwords = passwords;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.warn("Load profile: making sure the test accounts load-1 to load-{} exist. Not for real use.", count);
        int created = 0;
        for (int i = 1; i <= count; i++) {
            String username = "load-" + i;
            UserDetails user;
            try {
                user = users.loadUserByUsername(username);
            } catch (org.springframework.security.core.userdetails.UsernameNotFoundException missing) {
                try {
                    user = accounts.register(username, PASSWORD, PASSWORD);
                    created++;
                } catch (AccountException takenByAnotherNode) {
                    // two nodes starting at once on one database (deploy/run-two-nodes.sh)
                    user = users.loadUserByUsername(username);
                }
            }
            answerCheck(user);
        }
        passwords.cheapen(PASSWORD);
        log.warn("Load profile: {} test accounts ready ({} new).", count, created);
    }

    private void answerCheck(UserDetails user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            safety.record(ALL_NO);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
