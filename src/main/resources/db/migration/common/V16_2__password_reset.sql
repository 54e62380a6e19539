-- Module member: a forgotten password is reset through a link mailed to the account's
-- address. One row per mail: the link's token stored hashed only, usable once, until it
-- expires (30 minutes).
CREATE TABLE password_resets (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_password_resets_token UNIQUE (token_hash),
    CONSTRAINT fk_password_resets_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE INDEX ix_password_resets_account ON password_resets (account_id, used_at);

-- A member who deletes their account: the row stays, without anything that names the
-- person, as what their points ledger, print jobs and impressions refer to.
ALTER TABLE accounts ADD COLUMN deleted_at DATETIME(6) NULL;
