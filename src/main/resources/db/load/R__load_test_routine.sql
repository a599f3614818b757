-- Only in the load profile (spring.flyway.locations in application-load.properties): a short built-in
-- routine for load tests, 'load-test', with 1-2 s holds. Repeatable and idempotent.
insert into routine (slug, user_id, name, description, created_at)
select 'load-test', null, 'Load test', 'Short holds for load tests only.', timestamp with time zone '2026-01-01 00:00:00+00'
where not exists (select 1 from routine where slug = 'load-test');

delete from routine_exercise where routine_id = (select id from routine where slug = 'load-test');

insert into routine_exercise (routine_id, position, exercise_id, hold_seconds, reps, sets, rest_seconds, side_mode)
select (select id from routine where slug = 'load-test'), r.position, e.id, r.hold_seconds, r.reps, 1, 0, 'NONE'
from (values (0, 'pelvic-tilt', 2, 3), (1, 'prayer-stretch', 1, 2)) as r (position, slug, hold_seconds, reps)
join exercise e on e.slug = r.slug;
