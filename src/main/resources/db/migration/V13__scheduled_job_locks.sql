-- One row per scheduled job: the node that runs it holds it until lock_until (ShedLock, decision 18).
create table shedlock (
    name       varchar(64)              not null primary key,
    lock_until timestamp with time zone not null,
    locked_at  timestamp with time zone not null,
    locked_by  varchar(255)             not null
);
