package app.backcoach.safety;

import app.backcoach.security.CurrentUser;
import app.backcoach.settings.UserSettingsService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The person's pain ratings and what the stop rules make of them. Ratings live on the workouts; they are
 * read here in SQL so that safety knows nothing of how workouts run.
 */
@Service
public class PainService {

    private static final String LATEST_RATED = """
            select pain_before, pain_after from workout
            where user_id = ? and pain_before is not null and pain_after is not null and started_at >= ?
            order by started_at desc, id desc
            limit ?""";

    /** The ratings of the person's workouts since a moment (their local day's start). */
    private static final String RATED_SINCE = """
            select pain_before, pain_after from workout
            where user_id = ? and pain_after is not null and started_at >= ?""";

    private static final String HURT_SINCE = "select count(*) from hurt_report where user_id = ? and reported_at >= ?";

    /** Per local day of the person: the average rating before and after workouts. */
    private static final String PER_DAY = """
            select cast(formatdatetime(started_at, 'yyyy-MM-dd', 'en', ?) as date) as local_day, avg(cast(pain_before as double)) as before,
                   avg(cast(pain_after as double)) as after
            from workout
            where user_id = ? and started_at >= ? and started_at < ?
              and (pain_before is not null or pain_after is not null)
            group by local_day
            order by local_day""";

    private final JdbcTemplate jdbc;
    private final LegSpreadingRepository spreading;
    private final CurrentUser currentUser;
    private final UserSettingsService settings;
    private final Clock clock;

    PainService(JdbcTemplate jdbc, LegSpreadingRepository spreading, CurrentUser currentUser,
                UserSettingsService settings, Clock clock) {
        this.jdbc = jdbc;
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
        Timestamp since = Timestamp.from(spasmStart.filter(start -> start.isAfter(windowStart)).orElse(windowStart));
        if (spreading.existsById(userId)) {
            advice.add(new Advice(Advice.Kind.SPREADING, 0));
        }
        ZoneId zone = settings.preferences().zone();
        LocalDate today = today(zone);
        if (stopForToday(userId, Timestamp.from(today.atStartOfDay(zone).toInstant()))) {
            advice.add(new Advice(Advice.Kind.STOP_FOR_TODAY, 0));
        }
        List<PainPair> rated = jdbc.query(LATEST_RATED,
                (rs, row) -> new PainPair(rs.getInt("pain_before"), rs.getInt("pain_after")), userId, since,
                PainRules.RISES_IN_A_ROW);
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

    private boolean stopForToday(long userId, Timestamp dayStart) {
        boolean painSaysStop = jdbc.query(RATED_SINCE, (rs, row) -> PainRules.stopForToday(
                        (Integer) rs.getObject("pain_before"), (Integer) rs.getObject("pain_after")), userId, dayStart)
                .contains(true);
        return painSaysStop || jdbc.queryForObject(HURT_SINCE, Integer.class, userId, dayStart) > 0;
    }

    /** The person's average ratings per day over the last {@code days} days up to today, oldest first; rated days only. */
    @Transactional(readOnly = true)
    public List<DailyPain> lastDays(int days) {
        ZoneId zone = settings.preferences().zone();
        LocalDate today = today(zone);
        return daily(zone, today.minusDays(days - 1L), today);
    }

    private List<DailyPain> daily(ZoneId zone, LocalDate from, LocalDate to) {
        return jdbc.query(PER_DAY, (rs, row) -> new DailyPain(rs.getObject("local_day", LocalDate.class),
                        average(rs.getObject("before")), average(rs.getObject("after"))),
                zone.getId(), currentUser.id(), Timestamp.from(from.atStartOfDay(zone).toInstant()),
                Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private static Double average(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
