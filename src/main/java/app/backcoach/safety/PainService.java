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

    private static final String LATEST_LEG_SYMPTOMS = """
            select leg_symptoms from workout
            where user_id = ? and leg_symptoms is not null and started_at >= ?
            order by started_at desc, id desc
            limit 1""";

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
    private final CurrentUser currentUser;
    private final UserSettingsService settings;
    private final Clock clock;

    PainService(JdbcTemplate jdbc, CurrentUser currentUser, UserSettingsService settings, Clock clock) {
        this.jdbc = jdbc;
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
        List<String> legs = jdbc.queryForList(LATEST_LEG_SYMPTOMS, String.class, userId, since);
        if (!legs.isEmpty() && PainRules.spreading(LegSymptoms.valueOf(legs.getFirst()))) {
            advice.add(new Advice(Advice.Kind.SPREADING, 0));
        }
        List<PainPair> rated = jdbc.query(LATEST_RATED,
                (rs, row) -> new PainPair(rs.getInt("pain_before"), rs.getInt("pain_after")), userId, since,
                PainRules.RISES_IN_A_ROW);
        if (PainRules.painRoseInARow(rated)) {
            advice.add(new Advice(Advice.Kind.PAIN_RISING, 0));
        }
        ZoneId zone = settings.preferences().zone();
        LocalDate today = today(zone);
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
