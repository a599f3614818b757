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

/** One answered red-flag check: the questions answered "yes", and what the person did about them. */
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
    private boolean seeDoctor;
    private Instant acknowledgedAt;
    private Instant clearedAt;

    protected RedFlagCheck() {
    }

    RedFlagCheck(long userId, Instant answeredAt, Set<RedFlag> yes) {
        this.userId = userId;
        this.answeredAt = answeredAt;
        this.yesAnswers = yes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.emergency = yes.stream().anyMatch(flag -> flag.urgency() == RedFlag.Urgency.EMERGENCY);
        this.seeDoctor = yes.stream().anyMatch(flag -> flag.urgency() == RedFlag.Urgency.SEE_DOCTOR_SOON);
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    Set<RedFlag> getYes() {
        Set<RedFlag> yes = EnumSet.noneOf(RedFlag.class);
        if (!yesAnswers.isEmpty()) {
            Arrays.stream(yesAnswers.split(",")).forEach(name -> yes.add(RedFlag.valueOf(name)));
        }
        return yes;
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
