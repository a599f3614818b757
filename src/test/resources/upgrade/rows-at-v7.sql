-- Rows in every table of the schema as the previous release left it (migrations V1..V7), for the upgrade test.
-- Answers and names use that release's values (e.g. the old red-flag keys), so that later migrations must map them.
insert into app_user (id, username, username_key, password_hash, created_at)
values (1000, 'Olga', 'olga', '{bcrypt}$2a$10$abcdefghijklmnopqrstuuCzQ0cSEbQEa3FYVm7h7iYBTVLULyGq6', timestamp with time zone '2026-10-01 08:00:00+00');

insert into user_settings (user_id, cues_muted, time_zone, locale, daily_target, weekly_goal_days, spasm_started_at)
values (1000, true, 'Europe/London', 'en-GB', 2, 5, timestamp with time zone '2026-10-20 07:00:00+00');

insert into routine (id, slug, user_id, name, description, created_at, progression, progression_since)
values (1000, null, 1000, 'Olga''s tilts', 'From my physio', timestamp with time zone '2026-10-02 08:00:00+00', true,
        timestamp with time zone '2026-10-02 08:00:00+00');
insert into routine_exercise (id, routine_id, position, exercise_id, hold_seconds, reps, sets, rest_seconds, side_mode)
values (1000, 1000, 0, 1, 5, 12, 2, 30, 'NONE');

insert into workout (id, user_id, routine_id, routine_name, started_at, ended_at, status, sets_planned, pain_before,
                     pain_after, leg_symptoms)
values (1000, 1000, 1, 'Quick relief', timestamp with time zone '2026-10-21 08:00:00+00',
        timestamp with time zone '2026-10-21 08:11:00+00', 'COMPLETED', 8, 6, 4, null);
insert into workout (id, user_id, routine_id, routine_name, started_at, ended_at, status, sets_planned, pain_before,
                     pain_after, leg_symptoms)
values (1001, 1000, 4, 'Full routine', current_timestamp - interval '2' day,
        current_timestamp - interval '2' day, 'COMPLETED', 7, 5, 5, 'SPREADING');
insert into workout_set (id, workout_id, user_id, exercise_slug, exercise_name, set_number, side, reps_done,
                         reps_planned, hold_seconds_planned, measured_hold_millis, started_at, ended_at)
values (1000, 1000, 1000, 'pelvic-tilt', 'Pelvic tilt', 1, 'NONE', 10, 10, 5, '5000,5000,5000,5000,5000,5000,5000,5000,5000,5000',
        timestamp with time zone '2026-10-21 08:00:10+00', timestamp with time zone '2026-10-21 08:02:00+00');

insert into red_flag_check (id, user_id, answered_at, yes_answers, emergency, see_doctor, acknowledged_at, cleared_at)
values (1000, 1000, timestamp with time zone '2026-10-01 08:05:00+00', 'AFTER_MAJOR_FALL,BOTH_LEGS_WEAK', true, false,
        null, timestamp with time zone '2026-10-03 09:00:00+00'),
       (1001, 1000, timestamp with time zone '2026-10-20 08:05:00+00', 'FEVER_OR_UNWELL,LASTING_WEEKS', false, true,
        timestamp with time zone '2026-10-20 08:06:00+00', null);

insert into care_session (id, user_id, kind, started_at, ended_at, planned_seconds, done_seconds)
values (1000, 1000, 'COLD', timestamp with time zone '2026-10-21 09:00:00+00',
        timestamp with time zone '2026-10-21 09:20:00+00', 1200, 1200);
