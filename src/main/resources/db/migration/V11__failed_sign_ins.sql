-- Failed sign-ins of an account since its last successful one: the owner is told at their next sign-in.
alter table app_user add column failed_sign_ins int not null default 0;
