-- Module member: schools, every account's credentials, member profiles, push devices, refresh tokens.

CREATE TABLE schools (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    region     VARCHAR(50)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_schools_code UNIQUE (code)
);

CREATE TABLE accounts (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_accounts_email UNIQUE (email)
);

CREATE TABLE members (
    account_id     BIGINT       NOT NULL,
    school_id      BIGINT       NOT NULL,
    major          VARCHAR(100) NOT NULL,
    admission_year INT          NOT NULL,
    gender         VARCHAR(16)  NOT NULL,
    birth_year     INT          NOT NULL,
    push_opted_out BOOLEAN      NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_members_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT fk_members_school FOREIGN KEY (school_id) REFERENCES schools (id)
);

CREATE INDEX ix_members_targeting ON members (school_id, admission_year, gender);

CREATE TABLE member_devices (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    member_id    BIGINT        NOT NULL,
    platform     VARCHAR(8)    NOT NULL,
    token        VARCHAR(4096) NOT NULL,
    token_hash   VARCHAR(64)      NOT NULL,
    active       BOOLEAN       NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    last_seen_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_member_devices_token UNIQUE (token_hash),
    CONSTRAINT fk_member_devices_member FOREIGN KEY (member_id) REFERENCES members (account_id) ON DELETE CASCADE
);

CREATE INDEX ix_member_devices_member ON member_devices (member_id, active);

CREATE TABLE refresh_tokens (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    token_hash VARCHAR(64)    NOT NULL,
    family     VARCHAR(36)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    revoked_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_refresh_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_tokens_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family);
