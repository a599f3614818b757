-- A workout left without its end (page closed, server stopped) is marked interrupted: it may be resumed for
-- two hours, as may one still marked running whose page is gone without a word. A set is stored once per place in its workout (exercise position, set, side), however often its
-- report arrives; rows from before this version have no position and are left as they are.
alter table workout add column interrupted boolean default false not null;
-- each resume runs the workout again under a new attempt number: a page still open on an earlier attempt can
-- neither end it nor add to it
alter table workout add column attempt integer default 1 not null;
alter table workout_set add column exercise_position integer;
create unique index workout_set_once on workout_set (workout_id, exercise_position, set_number, side);
