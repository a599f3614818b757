-- Own routines (issue 7): gentle progression, off by default. When it is on, BackCoach offers one more rep
-- of each exercise after enough good workouts of the routine; only workouts started after
-- progression_since count: the moment progression was switched on, or the last offer was accepted or
-- declined, so that the same workouts never earn two offers.
alter table routine add column progression boolean not null default false;
alter table routine add column progression_since timestamp with time zone;

create index workout_routine_started on workout (routine_id, started_at);
