-- The language of a person's calendar entries: the page's language when they last saved their reminders or
-- made their link (null for rows from before: English). A calendar app asks for the feed without a page.
alter table reminder add column lang varchar(8);
