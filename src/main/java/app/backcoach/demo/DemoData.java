package app.backcoach.demo;

import app.backcoach.care.CareKind;
import app.backcoach.care.CareService;
import app.backcoach.safety.RedFlag;
import app.backcoach.safety.SafetyService;
import app.backcoach.security.CurrentUser;
import app.backcoach.security.DemoAccount;
import app.backcoach.settings.UserSettingsService;
import app.backcoach.workout.DemoHistory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Only in the {@code demo} profile: fills the demo account once, as the account itself, through each
 * feature's own service: sample workouts, a safety check answered "no", when the spasm began, and today's
 * heat pack and walk.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

    private static final Map<RedFlag, Boolean> ALL_NO = Arrays.stream(RedFlag.values())
            .collect(Collectors.toMap(Function.identity(), flag -> false));

    private final UserDetailsService users;
    private final CurrentUser currentUser;
    private final DemoHistory history;
    private final SafetyService safety;
    private final UserSettingsService settings;
    private final CareService care;
    private final Clock clock;

    DemoData(UserDetailsService users, CurrentUser currentUser, DemoHistory history, SafetyService safety,
             UserSettingsService settings, CareService care, Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.history = history;
        this.safety = safety;
        this.settings = settings;
        this.care = care;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        UserDetails demo = users.loadUserByUsername(DemoAccount.USERNAME);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(demo, null, demo.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            if (history.seed(currentUser.id())) {
                safety.record(ALL_NO);
                settings.setSpasmStartedAt(clock.instant().minus(Duration.ofDays(DemoHistory.days() + 1L)));
                var pack = care.start(CareKind.HEAT, 0);
                care.finish(pack, pack.planned());
                var walk = care.start(CareKind.WALK, 5);
                care.finish(walk, walk.planned());
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
