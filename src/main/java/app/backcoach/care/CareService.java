package app.backcoach.care;

import app.backcoach.security.AccountPrincipal;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Times and records the home care of the sources: cold and heat packs, short walks and slow breathing. */
@Service
public class CareService {

    private static final String TODAY = """
            select sum(case when kind in ('COLD', 'HEAT') then 1 else 0 end) as packs,
                   sum(case when kind = 'WALK' then 1 else 0 end) as walks
            from care_session
            where user_id = ? and started_at >= ? and started_at < ? and done_seconds >= ?""";

    private static final String LAST_PACK = """
            select max(ended_at) from care_session
            where user_id = ? and kind in ('COLD', 'HEAT') and done_seconds >= ?""";

    private static final String SINCE = """
            select kind, started_at, done_seconds from care_session
            where user_id = ? and started_at >= ? and started_at < ? and done_seconds >= ?
            order by started_at""";

    private final CareSessionRepository sessions;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final UserSettingsService settings;
    private final Clock clock;

    CareService(CareSessionRepository sessions, JdbcTemplate jdbc, CurrentUser currentUser,
                UserSettingsService settings, Clock clock) {
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Starts a pack (always {@link CareRules#PACK_TIME}) or a walk of the given minutes; walks outside
     * {@link CareRules#WALK_MIN_MINUTES}-{@link CareRules#WALK_MAX_MINUTES} minutes, and a care of no kind, are
     * refused.
     */
    public StartedCare start(CareKind kind, int walkMinutes) {
        if (kind == null) {
            throw new IllegalArgumentException("a care is a pack, a walk or breathing");
        }
        Duration planned = kind == CareKind.BREATHE ? CareRules.BREATHING_TIME : CareRules.PACK_TIME;
        if (kind == CareKind.WALK) {
            if (walkMinutes < CareRules.WALK_MIN_MINUTES || walkMinutes > CareRules.WALK_MAX_MINUTES) {
                throw new IllegalArgumentException("a walk lasts " + CareRules.WALK_MIN_MINUTES + " to "
                        + CareRules.WALK_MAX_MINUTES + " minutes: " + walkMinutes);
            }
            planned = Duration.ofMinutes(walkMinutes);
        }
        return new StartedCare(currentUser.id(), kind, clock.instant(), planned);
    }

    /**
     * Records a pack or walk that has ended, with the time it really lasted (at most the planned time). One
     * stopped before {@link CareRules#SHORTEST_COUNTED} is not recorded. Also runs when a page goes away
     * outside any request; the owner then comes from the started care, which only this service makes.
     *
     * @return whether it was recorded
     */
    @Transactional
    public boolean finish(StartedCare started, Duration done) {
        currentUser.principal().map(AccountPrincipal::id).filter(id -> id != started.userId()).ifPresent(id -> {
            throw new IllegalArgumentException("not this person's care");
        });
        Duration counted = done.compareTo(started.planned()) > 0 ? started.planned() : done;
        if (counted.compareTo(CareRules.SHORTEST_COUNTED) < 0) {
            return false;
        }
        Instant end = clock.instant();
        sessions.save(new CareSession(started.userId(), started.kind(), started.startedAt(), end,
                (int) started.planned().toSeconds(), (int) counted.toSeconds()));
        return true;
    }

    /** The packs and walks of the person's local day, and when their last pack ended. */
    @Transactional(readOnly = true)
    public CareToday today() {
        ZoneId zone = settings.preferences().zone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        long userId = currentUser.id();
        int shortest = (int) CareRules.SHORTEST_COUNTED.toSeconds();
        List<int[]> counts = jdbc.query(TODAY, (rs, row) -> new int[] {rs.getInt("packs"), rs.getInt("walks")},
                userId, Timestamp.from(today.atStartOfDay(zone).toInstant()),
                Timestamp.from(today.plusDays(1).atStartOfDay(zone).toInstant()), shortest);
        Timestamp lastPack = jdbc.queryForObject(LAST_PACK, Timestamp.class, userId, shortest);
        return new CareToday(counts.getFirst()[0], counts.getFirst()[1], lastPack == null ? null : lastPack.toInstant());
    }

    /** Each of the person's local days from {@code from} to {@code to} with home care recorded, oldest first. */
    @Transactional(readOnly = true)
    public List<CareDay> daysBetween(Instant from, Instant to) {
        ZoneId zone = settings.preferences().zone();
        Map<LocalDate, int[]> days = new TreeMap<>();
        jdbc.query(SINCE, rs -> {
            int[] day = days.computeIfAbsent(
                    LocalDate.ofInstant(rs.getTimestamp("started_at").toInstant(), zone), key -> new int[5]);
            int seconds = rs.getInt("done_seconds");
            switch (CareKind.valueOf(rs.getString("kind"))) {
                case COLD -> day[0]++;
                case HEAT -> day[1]++;
                case WALK -> {
                    day[2]++;
                    day[3] += seconds;
                }
                case BREATHE -> day[4]++;
            }
        }, currentUser.id(), Timestamp.from(from), Timestamp.from(to), (int) CareRules.SHORTEST_COUNTED.toSeconds());
        return days.entrySet().stream().map(entry -> {
            int[] day = entry.getValue();
            return new CareDay(entry.getKey(), day[0], day[1], day[2], Math.round(day[3] / 60f), day[4]);
        }).toList();
    }
}
