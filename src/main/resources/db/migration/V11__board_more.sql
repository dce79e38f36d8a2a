-- The home page's unread list reads the newest posts first and stops at 50 (docs/performance.md): without this
-- index the database fetched every post of every project of the user through board_post_project and sorted them.
create index board_post_created on board_post (created_at, id);
