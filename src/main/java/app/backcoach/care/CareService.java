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
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Times and records the home care of the sources: cold and heat packs, short walks and slow breathing. */
@Service
public class CareService {

    private static final String LAST_PACK = """
            select max(ended_at) from care_session
            where user_id = ? and kind in ('COLD', 'HEAT') and done_seconds >= ?""";

    private static final String BETWEEN = """
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
        List<CareDay> recorded = days(zone, today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
        Timestamp lastPack = jdbc.queryForObject(LAST_PACK, Timestamp.class, currentUser.id(), shortestCounted());
        return new CareToday(recorded.stream().mapToInt(CareDay::packs).sum(),
                recorded.stream().mapToInt(CareDay::walks).sum(), lastPack == null ? null : lastPack.toInstant());
    }

    /** Each of the person's local days from {@code from} to {@code to} with home care recorded, oldest first. */
    @Transactional(readOnly = true)
    public List<CareDay> daysBetween(Instant from, Instant to) {
        return days(settings.preferences().zone(), from, to);
    }

    private List<CareDay> days(ZoneId zone, Instant from, Instant to) {
        List<Done> done = jdbc.query(BETWEEN, (rs, row) -> new Done(
                        LocalDate.ofInstant(rs.getTimestamp("started_at").toInstant(), zone),
                        CareKind.valueOf(rs.getString("kind")), rs.getInt("done_seconds")),
                currentUser.id(), Timestamp.from(from), Timestamp.from(to), shortestCounted());
        return done.stream().collect(Collectors.groupingBy(Done::day, TreeMap::new, Collectors.toList()))
                .entrySet().stream().map(day -> day(day.getKey(), day.getValue())).toList();
    }

    private static CareDay day(LocalDate day, List<Done> done) {
        int walkSeconds = done.stream().filter(care -> care.kind() == CareKind.WALK).mapToInt(Done::seconds).sum();
        return CareDay.of(day, done.stream().map(Done::kind).toList(), walkSeconds);
    }

    private static int shortestCounted() {
        return (int) CareRules.SHORTEST_COUNTED.toSeconds();
    }

    /** One recorded care, on the person's local day it began. */
    private record Done(LocalDate day, CareKind kind, int seconds) {
    }
}
