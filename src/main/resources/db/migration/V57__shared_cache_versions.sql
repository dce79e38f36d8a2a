-- One row per kept answer that several nodes may hold (issue #18): a change bumps the row in the transaction that
-- makes it, and every node compares the version its kept values were read under with the row's on the next
-- request, so a change made through one node is seen through every other at once. Rows named "<cache>/<group>"
-- are per group (one user's unread counts); they are created when first bumped.
CREATE TABLE shared_cache_version (
    cache_name VARCHAR(200) NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT shared_cache_version_pk PRIMARY KEY (cache_name)
);

INSERT INTO shared_cache_version (cache_name, version) VALUES ('identity.names', 0);
INSERT INTO shared_cache_version (cache_name, version) VALUES ('identity.absences', 0);
INSERT INTO shared_cache_version (cache_name, version) VALUES ('identity.rights', 0);
INSERT INTO shared_cache_version (cache_name, version) VALUES ('board.unread', 0);
INSERT INTO shared_cache_version (cache_name, version) VALUES ('masterdata.calendar', 0);
