package app.backcoach.safety;

import app.backcoach.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The red-flag check: a person answers it before their first workout and again when a week has passed. An
 * emergency or same-day sign stops workouts until they say a doctor has seen them and said exercise is fine;
 * a "see a doctor soon" sign lets them go on once they have read the advice. A sign a doctor has seen stands
 * until the person says it changed, so the weekly check does not raise the same alarm again.
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
            return new SafetyStatus(SafetyStatus.State.CHECK_NEEDED, null, Set.of(), Set.of());
        }
        RedFlagCheck last = latest.get();
        List<RedFlagCheck> needingDoctor = checks.findNeedingDoctor(userId);
        SafetyStatus.State state;
        if (needingDoctor.stream().anyMatch(RedFlagCheck::isEmergency)) {
            state = SafetyStatus.State.EMERGENCY;
        } else if (!needingDoctor.isEmpty()) {
            state = SafetyStatus.State.SAME_DAY;
        } else if (last.isSeeDoctor() && last.getAcknowledgedAt() == null) {
            state = SafetyStatus.State.WARNING;
        } else if (!clock.instant().isBefore(last.getAnsweredAt().plus(CHECK_VALID_FOR))) {
            state = SafetyStatus.State.CHECK_DUE;
        } else {
            state = SafetyStatus.State.CLEAR;
        }
        return new SafetyStatus(state, last.getAnsweredAt(), last.getYes(), last.getAssessed());
    }

    /** The checks the person answered in a range of instants, oldest first. */
    @Transactional(readOnly = true)
    public List<AnsweredCheck> checksBetween(Instant from, Instant until) {
        return checks.findAnsweredBetween(currentUser.id(), from, until).stream()
                .map(check -> new AnsweredCheck(check.getAnsweredAt(), check.getYes(), check.getAssessed(),
                        check.getAcknowledgedAt(), check.getClearedAt()))
                .toList();
    }

    /**
     * Stores an answered check. Every question must have an answer; a check with a missing answer is
     * refused and nothing is stored. For a sign a doctor has already seen ({@link SafetyStatus#assessed()}),
     * "yes" means it is new, worse or different since: it counts as a new sign; "no" lets the assessment stand.
     */
    @Transactional
    public SafetyStatus record(Map<RedFlag, Boolean> answers) {
        if (answers == null || !answers.keySet().containsAll(EnumSet.allOf(RedFlag.class))
                || answers.keySet().stream().anyMatch(Objects::isNull)
                || answers.values().stream().anyMatch(answer -> answer == null)) {
            throw new IllegalArgumentException("every question needs an answer");
        }
        Set<RedFlag> yes = EnumSet.noneOf(RedFlag.class);
        answers.forEach((flag, answer) -> {
            if (answer) {
                yes.add(flag);
            }
        });
        long userId = currentUser.id();
        Set<RedFlag> assessed = checks.findFirstByUserIdOrderByAnsweredAtDescIdDesc(userId)
                .map(RedFlagCheck::getAssessed).orElseGet(() -> EnumSet.noneOf(RedFlag.class));
        assessed.removeAll(yes);
        checks.save(new RedFlagCheck(userId, clock.instant(), yes, assessed));
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
     * The person says a doctor has seen them since their emergency or same-day answer and told them exercise
     * is fine: workouts unlock, and the signs the doctor saw stand as assessed until the person says they changed.
     */
    @Transactional
    public SafetyStatus confirmDoctorSeen() {
        Instant now = clock.instant();
        long userId = currentUser.id();
        Set<RedFlag> seen = EnumSet.noneOf(RedFlag.class);
        checks.findNeedingDoctor(userId).forEach(check -> {
            check.clear(now);
            if (check.isSeeDoctor() && check.getAcknowledgedAt() == null) {
                // the doctor has seen them, which is what the "soon" advice asked for
                check.acknowledge(now);
            }
            check.getYes().stream().filter(flag -> flag.tier().needsDoctorFirst()).forEach(seen::add);
        });
        checks.findFirstByUserIdOrderByAnsweredAtDescIdDesc(userId).ifPresent(latest -> latest.addAssessed(seen));
        return status();
    }
}
