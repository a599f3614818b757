-- Only in the load profile (spring.flyway.locations in application-load.properties): built-in routines for
-- load tests, with 1-2 s holds. Repeatable and idempotent.
-- 'load-test': a short workout (11 phases, 37 s), for the crash and failover drills and quick runs.
-- 'load-session': a workout of a real session's length (2 sets of 10 reps of two exercises, as the sources'
-- doses; 81 phases, about 4 minutes), so that a simulated person spends their visit in a workout.
insert into routine (slug, user_id, name, description, created_at)
select 'load-test', null, 'Load test', 'Short holds for load tests only.', timestamp with time zone '2026-01-01 00:00:00+00'
where not exists (select 1 from routine where slug = 'load-test');
insert into routine (slug, user_id, name, description, created_at)
select 'load-session', null, 'Load session', 'Short holds, a full session, for load tests only.',
       timestamp with time zone '2026-01-01 00:00:00+00'
where not exists (select 1 from routine where slug = 'load-session');

delete from routine_exercise where routine_id in (select id from routine where slug in ('load-test', 'load-session'));

insert into routine_exercise (routine_id, position, exercise_id, hold_seconds, reps, sets, rest_seconds, side_mode)
select (select id from routine where slug = r.routine), r.position, e.id, r.hold_seconds, r.reps, r.sets, r.rest_seconds, 'NONE'
from (values ('load-test', 0, 'pelvic-tilt', 2, 3, 1, 0), ('load-test', 1, 'prayer-stretch', 1, 2, 1, 0),
             ('load-session', 0, 'pelvic-tilt', 2, 10, 2, 30), ('load-session', 1, 'prayer-stretch', 1, 10, 2, 30))
         as r (routine, position, slug, hold_seconds, reps, sets, rest_seconds)
join exercise e on e.slug = r.slug;
