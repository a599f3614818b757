-- When the person said their spasm is starting to ease (My plan); cleared when a new spasm's start is set.
alter table user_settings add column spasm_easing_at timestamp with time zone;
