-- Only the three answers the app asks for may be stored.
alter table workout add constraint workout_leg_symptoms
    check (leg_symptoms in ('GONE_OR_CENTRAL', 'SAME', 'SPREADING'));
