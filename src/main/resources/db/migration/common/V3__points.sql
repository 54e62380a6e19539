-- Module points: the append-only ledger and each member's running balance.
-- member_id refers to members.account_id; there is no foreign key because the tables belong to different modules.

CREATE TABLE points_accounts (
    member_id BIGINT NOT NULL,
    available BIGINT NOT NULL,
    held      BIGINT NOT NULL,
    PRIMARY KEY (member_id),
    CONSTRAINT ck_points_accounts_available CHECK (available >= 0),
    CONSTRAINT ck_points_accounts_held CHECK (held >= 0)
);

CREATE TABLE points_ledger (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    member_id        BIGINT       NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    points           BIGINT       NOT NULL,
    available_change BIGINT       NOT NULL,
    held_change      BIGINT       NOT NULL,
    hold_key         VARCHAR(150) NULL,
    idempotency_key  VARCHAR(150) NOT NULL,
    reason           VARCHAR(250) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_points_ledger_key UNIQUE (idempotency_key),
    CONSTRAINT ck_points_ledger_points CHECK (points >= 0)
);

CREATE INDEX ix_points_ledger_member ON points_ledger (member_id, id);
CREATE INDEX ix_points_ledger_hold ON points_ledger (hold_key);
