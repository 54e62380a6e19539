-- Module audit: what operators did, appended and never changed (a trigger refuses UPDATE and DELETE on
-- MariaDB and MySQL; see V16_1_1 there). Account ids refer to the member module's table: no foreign key,
-- and the operator's e-mail is kept as it was. Times are UTC.
CREATE TABLE audit_entries (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    at           DATETIME(6)   NOT NULL,
    actor_id     BIGINT        NOT NULL,
    actor_email  VARCHAR(254)  NOT NULL,
    address      VARCHAR(64)   NOT NULL,
    action       VARCHAR(64)   NOT NULL,
    object_type  VARCHAR(32)   NOT NULL,
    object_id    VARCHAR(64)   NOT NULL,
    state_before TEXT          NULL,
    state_after  TEXT          NULL,
    comment      VARCHAR(1000) NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_audit_entries_object ON audit_entries (object_type, object_id, id);
CREATE INDEX ix_audit_entries_actor ON audit_entries (actor_id, id);
CREATE INDEX ix_audit_entries_at ON audit_entries (at);

-- Module member: an operator's second factor (RFC 6238 TOTP). The secret is what the operator's
-- authenticator app holds; last_step is the last 30-second step a code was accepted for, so that a code
-- is accepted once. failures counts wrong codes in a row; after too many, locked_until refuses every code
-- for a while (RFC 6238 section 5.2: a verifier must throttle guesses).
CREATE TABLE account_totp (
    account_id   BIGINT      NOT NULL,
    secret       VARCHAR(64) NOT NULL,
    enrolled_at  DATETIME(6) NOT NULL,
    last_step    BIGINT      NOT NULL,
    failures     INT         NOT NULL DEFAULT 0,
    locked_until DATETIME(6) NULL,
    PRIMARY KEY (account_id)
);
