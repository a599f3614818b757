-- Reminders: the times of day a person wants their sessions (and, if they like, short walks) in their
-- calendar, their time zone, and their private calendar link. Of the link only a SHA-256 hash of its
-- secret part is kept (docs/decisions/0020-calendar-feed-token.md). The row is made at the first save.
create table reminder (
    user_id         bigint      not null primary key references app_user (id) on delete cascade,
    -- 1 to 4 times of day, earliest first, e.g. "09:00,18:00"
    session_times   varchar(40) not null,
    walks           boolean     not null default false,
    time_zone       varchar(64) not null,
    changed_at      timestamp with time zone not null,
    -- hex SHA-256 of the link's token; null while there is no link
    feed_token_hash varchar(64),
    feed_created_at timestamp with time zone,
    version         bigint      not null default 0
);

create unique index reminder_feed_token_hash on reminder (feed_token_hash);
