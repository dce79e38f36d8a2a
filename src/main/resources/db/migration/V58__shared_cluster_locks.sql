-- Scheduled work that runs once per cluster (issue #18): one row per task, in the layout ShedLock's JDBC provider
-- reads and writes. lock_until is when a lock held by a node that died frees itself.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT shedlock_pk PRIMARY KEY (name)
);
