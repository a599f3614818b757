package app.backcoach.safety;

import app.backcoach.security.CurrentUser;
import app.backcoach.settings.UserSettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The person's pain ratings and what the stop rules make of them. Ratings live on the workouts; safety reads
 * them through {@link PainRecords}, which the workout feature answers, and knows nothing of how workouts run.
 */
@Service
public class PainService {

    private final PainRecords records;
    private final LegSpreadingRepository spreading;
    private final CurrentUser currentUser;
    private final UserSettingsService settings;
    private final Clock clock;

    PainService(PainRecords records, LegSpreadingRepository spreading, CurrentUser currentUser,
                UserSettingsService settings, Clock clock) {
        this.records = records;
        this.spreading = spreading;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /** What the stop rules advise now, in order of urgency; empty when nothing calls for it. */
    @Transactional(readOnly = true)
    public List<Advice> currentAdvice() {
        long userId = currentUser.id();
        List<Advice> advice = new ArrayList<>();
        Optional<Instant> spasmStart = settings.spasmStartedAt();
        Instant windowStart = clock.instant().minus(Duration.ofDays(PainRules.ADVICE_WINDOW_DAYS));
        Instant since = spasmStart.filter(start -> start.isAfter(windowStart)).orElse(windowStart);
        if (spreading.existsById(userId)) {
            advice.add(new Advice(Advice.Kind.SPREADING, 0));
        }
        ZoneId zone = settings.preferences().zone();
        LocalDate today = today(zone);
        if (stopForToday(today.atStartOfDay(zone).toInstant())) {
            advice.add(new Advice(Advice.Kind.STOP_FOR_TODAY, 0));
        }
        List<PainPair> rated = records.latestRated(since, PainRules.RISES_IN_A_ROW);
        if (PainRules.painRoseInARow(rated)) {
            advice.add(new Advice(Advice.Kind.PAIN_RISING, 0));
        }
        spasmStart.map(start -> LocalDate.ofInstant(start, zone)).ifPresent(start -> {
            switch (PainRules.trend(start, today, daily(zone, start, today))) {
                case NOT_EASING -> advice.add(new Advice(Advice.Kind.NOT_EASING, PainRules.daysSince(start, today)));
                case TOO_FEW_RATINGS -> advice.add(new Advice(Advice.Kind.NOT_KNOWN_TO_EASE,
                        PainRules.daysSince(start, today)));
                default -> { }
            }
        });
        return advice;
    }

    /**
     * The pain the person rated before their latest workouts since their spasm began, newest first (at most
     * {@code limit}); empty when they have not said when it began.
     */
    @Transactional(readOnly = true)
    public List<Integer> latestPainBefore(int limit) {
        return settings.spasmStartedAt().map(start -> records.latestBefore(start, limit)).orElse(List.of());
    }

    /**
     * The person's workouts started in a range that were rated or asked about leg symptoms, with their ratings and
     * answers, oldest first.
     */
    @Transactional(readOnly = true)
    public List<PainRecords.RatedWorkout> ratedBetween(Instant from, Instant until) {
        return records.ratedBetween(from, until);
    }

    /**
     * The stop advice the rules gave in a range (leg symptoms spreading, stop for today, pain rising), once per
     * kind and day, oldest first, worked out from the person's records.
     */
    @Transactional(readOnly = true)
    public List<AdviceGiven> adviceGivenBetween(Instant from, Instant until) {
        List<PainRecords.RatedWorkout> workouts = records.ratedBetween(
                from.minus(Duration.ofDays(PainRules.ADVICE_WINDOW_DAYS)), until);
        return AdviceGiven.from(workouts, records.hurtsBetween(from, until), from, settings.preferences().zone());
    }

    /** Whether the person's leg symptoms spread and have not settled since: press-ups stay out of every routine. */
    @Transactional(readOnly = true)
    public boolean pressUpsPaused() {
        return spreading.existsById(currentUser.id());
    }

    /**
     * Raises the spreading flag for the person (leg symptoms spread further down the leg, after the press-ups
     * or during a workout). It stays up, whatever later answers say, until {@link #legsSettled()}.
     */
    @Transactional
    public void flagSpreading() {
        long userId = currentUser.id();
        if (!spreading.existsById(userId)) {
            spreading.save(new LegSpreading(userId, clock.instant()));
        }
    }

    /** The person says their leg symptoms have settled: the press-ups come back. */
    @Transactional
    public void legsSettled() {
        spreading.deleteById(currentUser.id());
    }

    private boolean stopForToday(Instant dayStart) {
        boolean painSaysStop = records.ratedAfterSince(dayStart).stream()
                .anyMatch(rating -> PainRules.stopForToday(rating.before(), rating.after()));
        return painSaysStop || records.hurtsSince(dayStart) > 0;
    }

    /** The person's average ratings per day over the last {@code days} days up to today, oldest first; rated days only. */
    @Transactional(readOnly = true)
    public List<DailyPain> lastDays(int days) {
        ZoneId zone = settings.preferences().zone();
        LocalDate today = today(zone);
        return daily(zone, today.minusDays(days - 1L), today);
    }

    private List<DailyPain> daily(ZoneId zone, LocalDate from, LocalDate to) {
        return records.painPerDay(zone, from, to);
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
