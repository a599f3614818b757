package app.backcoach.plan;

import app.backcoach.care.CareRules;
import app.backcoach.safety.PainService;
import app.backcoach.safety.SafetyService;
import app.backcoach.settings.UserSettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The person's plan since their back spasm began, built by {@link PlanRules} from what they told BackCoach:
 * when it began, their pain ratings, the red-flag check and the stop rules.
 */
@Service
public class PlanService {

    private final UserSettingsService settings;
    private final SafetyService safety;
    private final PainService pain;
    private final Clock clock;

    PlanService(UserSettingsService settings, SafetyService safety, PainService pain, Clock clock) {
        this.settings = settings;
        this.safety = safety;
        this.pain = pain;
        this.clock = clock;
    }

    /** The day since the spasm began (day 1 is the day it began); empty when the person has not said. */
    @Transactional(readOnly = true)
    public OptionalLong day() {
        return settings.spasmStartedAt().map(start -> OptionalLong.of(day(start, settings.zone())))
                .orElse(OptionalLong.empty());
    }

    /** Today's plan; empty when the person has not said when the spasm began. */
    @Transactional(readOnly = true)
    public Optional<Plan> today() {
        return settings.spasmStartedAt().map(start -> {
            Instant now = clock.instant();
            Easing easing = PlanRules.easing(pain.latestPainBefore(PlanRules.EASING_RATINGS_LOOKED_AT),
                    settings.saidSpasmIsEasing());
            return PlanRules.plan(day(start, settings.zone()), CareRules.packFor(start, now).orElseThrow(), easing,
                    safety.status().state(), pain.currentAdvice());
        });
    }

    /** The person says the spasm is starting to ease, or takes it back. */
    @Transactional
    public void sayEasing(boolean easing) {
        settings.sayEasing(easing);
    }

    /** When home care turns from cold to heat; empty when the person has not said when the spasm began. */
    @Transactional(readOnly = true)
    public Optional<ZonedDateTime> heatFrom() {
        return settings.spasmStartedAt().map(start -> start.plus(CareRules.COLD_PERIOD).atZone(settings.zone()));
    }

    private long day(Instant start, ZoneId zone) {
        return PlanRules.dayOf(LocalDate.ofInstant(start, zone), LocalDate.ofInstant(clock.instant(), zone));
    }
}
