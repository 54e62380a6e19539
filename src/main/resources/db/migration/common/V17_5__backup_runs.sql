-- Module backup: every run of the daily backup, for operators (the objects are in S3).
CREATE TABLE backup_runs (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    started_at  DATETIME(6)   NOT NULL,
    finished_at DATETIME(6)   NULL,
    status      VARCHAR(16)   NOT NULL,
    object_key  VARCHAR(300)  NOT NULL,
    size_bytes  BIGINT        NULL,
    error       VARCHAR(1000) NULL,
    PRIMARY KEY (id)
);
