-- Red flags in three tiers (emergency, same day, soon), as the revised content notes have them.
-- A same-day answer, like an emergency one, pauses workouts until the person says a doctor has seen them.
alter table red_flag_check add column same_day boolean not null default false;
-- Signs answered "yes" in an earlier check that a doctor has since seen: they stand, unchanged, until the
-- person says something changed, so a weekly re-check does not raise the same alarm again.
alter table red_flag_check add column assessed varchar(400) not null default '';

-- Questions that were split or renamed keep their meaning in stored answers.
update red_flag_check set yes_answers = replace(yes_answers, 'BOTH_LEGS_WEAK', 'BOTH_LEGS');
update red_flag_check set yes_answers = replace(yes_answers, 'AFTER_MAJOR_FALL', 'SERIOUS_ACCIDENT');
update red_flag_check set yes_answers = replace(yes_answers, 'FEVER_OR_UNWELL', 'HIGH_TEMPERATURE,WEIGHT_LOSS,UNWELL');
update red_flag_check set yes_answers = replace(yes_answers, 'WORSE_AT_NIGHT', 'NOT_EASED_BY_REST');
update red_flag_check set yes_answers = replace(yes_answers, 'LASTING_WEEKS', 'NOT_IMPROVING');

-- New or worse leg symptoms, a fever and pain worse at night are same-day matters now, not "soon".
update red_flag_check set same_day = true
where yes_answers like '%NEW_LEG_SYMPTOMS%' or yes_answers like '%HIGH_TEMPERATURE%'
   or yes_answers like '%NOT_EASED_BY_REST%';
update red_flag_check set see_doctor = (yes_answers like '%UNWELL%' or yes_answers like '%NOT_IMPROVING%');

-- The number the emergency screen calls; null: the usual one for the person's country (see EmergencyNumber).
alter table user_settings add column emergency_number varchar(6);
alter table user_settings add constraint user_settings_emergency_number
    check (length(emergency_number) between 2 and 6);
