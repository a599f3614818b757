package app.backcoach.safety;

import app.backcoach.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The red-flag check: a person answers it before their first workout and again when a week has passed. An
 * emergency sign locks workouts until they say a clinician has seen them and said exercise is fine; a
 * "see a doctor soon" sign lets them go on once they have read the advice.
 */
@Service
public class SafetyService {

    /** How long an answered check holds before it is offered again. */
    public static final Duration CHECK_VALID_FOR = Duration.ofDays(7);

    private final RedFlagCheckRepository checks;
    private final CurrentUser currentUser;
    private final Clock clock;

    SafetyService(RedFlagCheckRepository checks, CurrentUser currentUser, Clock clock) {
        this.checks = checks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SafetyStatus status() {
        long userId = currentUser.id();
        var latest = checks.findFirstByUserIdOrderByAnsweredAtDescIdDesc(userId);
        if (latest.isEmpty()) {
            return new SafetyStatus(SafetyStatus.State.CHECK_NEEDED, null, Set.of());
        }
        RedFlagCheck last = latest.get();
        SafetyStatus.State state;
        if (!checks.findByUserIdAndEmergencyTrueAndClearedAtIsNull(userId).isEmpty()) {
            state = SafetyStatus.State.EMERGENCY;
        } else if (last.isSeeDoctor() && last.getAcknowledgedAt() == null) {
            state = SafetyStatus.State.WARNING;
        } else if (!clock.instant().isBefore(last.getAnsweredAt().plus(CHECK_VALID_FOR))) {
            state = SafetyStatus.State.CHECK_DUE;
        } else {
            state = SafetyStatus.State.CLEAR;
        }
        return new SafetyStatus(state, last.getAnsweredAt(), last.getYes());
    }

    /**
     * Stores an answered check. Every question must have an answer; a check with a missing answer is
     * refused and nothing is stored.
     */
    @Transactional
    public SafetyStatus record(Map<RedFlag, Boolean> answers) {
        if (answers == null || !answers.keySet().containsAll(EnumSet.allOf(RedFlag.class))
                || answers.values().stream().anyMatch(answer -> answer == null)) {
            throw new IllegalArgumentException("every question needs an answer");
        }
        Set<RedFlag> yes = EnumSet.noneOf(RedFlag.class);
        answers.forEach((flag, answer) -> {
            if (answer) {
                yes.add(flag);
            }
        });
        checks.save(new RedFlagCheck(currentUser.id(), clock.instant(), yes));
        return status();
    }

    /** The person has read the "see a doctor soon" advice of their latest check and chooses to go on. */
    @Transactional
    public SafetyStatus acknowledgeWarning() {
        Instant now = clock.instant();
        checks.findFirstByUserIdOrderByAnsweredAtDescIdDesc(currentUser.id())
                .filter(check -> check.isSeeDoctor() && check.getAcknowledgedAt() == null)
                .ifPresent(check -> check.acknowledge(now));
        return status();
    }

    /**
     * The person says a clinician has seen them since their emergency answer and told them exercise is
     * fine: workouts unlock.
     */
    @Transactional
    public SafetyStatus clearEmergency() {
        Instant now = clock.instant();
        checks.findByUserIdAndEmergencyTrueAndClearedAtIsNull(currentUser.id()).forEach(check -> {
            check.clear(now);
            if (check.isSeeDoctor() && check.getAcknowledgedAt() == null) {
                // the clinician has seen them, which is what the warning advised
                check.acknowledge(now);
            }
        });
        return status();
    }
}
