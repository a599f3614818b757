-- What weekly progress needs to know about a person: where their days begin and end, how their week
-- starts, and the targets they set themselves.
alter table user_settings add column time_zone varchar(64);
alter table user_settings add column locale varchar(35);
-- the sources suggest two sessions a day
alter table user_settings add column daily_target int not null default 2;
alter table user_settings add column weekly_goal_days int not null default 5;
alter table user_settings add constraint user_settings_daily_target check (daily_target between 1 and 6);
alter table user_settings add constraint user_settings_weekly_goal check (weekly_goal_days between 1 and 7);
