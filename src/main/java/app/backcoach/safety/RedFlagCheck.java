package app.backcoach.safety;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One answered red-flag check: the questions answered "yes", what the person did about them, and the signs
 * a doctor had already seen when it was answered.
 */
@Entity
@Table(name = "red_flag_check")
class RedFlagCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long userId;
    private Instant answeredAt;
    private String yesAnswers;
    private boolean emergency;
    private boolean sameDay;
    private boolean seeDoctor;
    private String assessed;
    private Instant acknowledgedAt;
    private Instant clearedAt;

    protected RedFlagCheck() {
    }

    RedFlagCheck(long userId, Instant answeredAt, Set<RedFlag> yes, Set<RedFlag> assessed) {
        this.userId = userId;
        this.answeredAt = answeredAt;
        this.yesAnswers = join(yes);
        this.assessed = join(assessed);
        this.emergency = yes.stream().anyMatch(flag -> flag.tier() == RedFlag.Tier.EMERGENCY);
        this.sameDay = yes.stream().anyMatch(flag -> flag.tier() == RedFlag.Tier.SAME_DAY);
        this.seeDoctor = yes.stream().anyMatch(flag -> flag.tier() == RedFlag.Tier.SOON);
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    Set<RedFlag> getYes() {
        return split(yesAnswers);
    }

    /** Signs a doctor has seen (in this check or before it) that stand until the person says they changed. */
    Set<RedFlag> getAssessed() {
        return split(assessed);
    }

    void addAssessed(Set<RedFlag> seen) {
        Set<RedFlag> all = split(assessed);
        all.addAll(seen);
        this.assessed = join(all);
    }

    boolean isSameDay() {
        return sameDay;
    }

    /** Whether a "yes" in this check stops workouts until a doctor has seen the person. */
    boolean needsDoctor() {
        return emergency || sameDay;
    }

    private static String join(Set<RedFlag> flags) {
        return flags.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<RedFlag> split(String names) {
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        if (names != null && !names.isEmpty()) {
            Arrays.stream(names.split(",")).forEach(name -> flags.add(RedFlag.valueOf(name)));
        }
        return flags;
    }

    boolean isEmergency() {
        return emergency;
    }

    boolean isSeeDoctor() {
        return seeDoctor;
    }

    Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    void acknowledge(Instant at) {
        this.acknowledgedAt = at;
    }

    Instant getClearedAt() {
        return clearedAt;
    }

    void clear(Instant at) {
        this.clearedAt = at;
    }
}
