-- Module ads: advertisers, campaigns and their creatives, impressions, and what the reports and the ad selection count.
-- advertiser account ids, school ids, member ids and printer ids refer to other modules' tables: no foreign keys.

CREATE TABLE advertisers (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    account_id    BIGINT       NOT NULL,
    company       VARCHAR(150) NOT NULL,
    contact_name  VARCHAR(100) NOT NULL,
    contact_phone VARCHAR(30)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_advertisers_account UNIQUE (account_id)
);

CREATE TABLE campaigns (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    advertiser_id    BIGINT       NOT NULL,
    name             VARCHAR(150) NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    starts_on        DATE         NOT NULL,
    ends_on          DATE         NOT NULL,
    total_budget     BIGINT       NOT NULL,
    daily_budget     BIGINT       NOT NULL,
    price_per_page   BIGINT       NOT NULL,
    priority         VARCHAR(10)  NOT NULL,
    weight           INT          NOT NULL,
    frequency_cap    INT          NOT NULL,
    targeting        VARCHAR(4000) NOT NULL,
    rejection_reason VARCHAR(500) NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_campaigns_advertiser FOREIGN KEY (advertiser_id) REFERENCES advertisers (id),
    CONSTRAINT ck_campaigns_budget CHECK (total_budget > 0 AND daily_budget > 0 AND price_per_page > 0)
);

CREATE INDEX ix_campaigns_advertiser ON campaigns (advertiser_id, id);
CREATE INDEX ix_campaigns_status ON campaigns (status, ends_on);

CREATE TABLE creatives (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id   BIGINT       NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    original_key  VARCHAR(200) NOT NULL,
    band_key      VARCHAR(200) NULL,
    thumbnail_key VARCHAR(200) NULL,
    content_type  VARCHAR(40)  NOT NULL,
    width         INT          NOT NULL,
    height        INT          NOT NULL,
    bytes         BIGINT       NOT NULL,
    failure       VARCHAR(500) NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_creatives_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE
);

CREATE INDEX ix_creatives_campaign ON creatives (campaign_id, status);

-- one row per printed page: (job_id, page) is unique, so a page is counted and charged once
CREATE TABLE impressions (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    job_id      VARCHAR(40) NOT NULL,
    page        INT         NOT NULL,
    campaign_id BIGINT      NOT NULL,
    creative_id BIGINT      NOT NULL,
    member_id   BIGINT      NOT NULL,
    printer_id  BIGINT      NOT NULL,
    price       BIGINT      NOT NULL,
    printed_at  DATETIME(6) NOT NULL,
    batch_id    VARCHAR(36) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_impressions_page UNIQUE (job_id, page)
);

CREATE INDEX ix_impressions_batch ON impressions (batch_id);

-- what each campaign has delivered, in all and per Seoul day (budgets, pacing)
CREATE TABLE campaign_delivery (
    campaign_id BIGINT NOT NULL,
    on_day      DATE   NOT NULL,
    pages       BIGINT NOT NULL,
    spend       BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, on_day)
);

-- pages a member printed with each campaign's ad per Seoul day (frequency caps)
CREATE TABLE campaign_member_pages (
    campaign_id BIGINT NOT NULL,
    member_id   BIGINT NOT NULL,
    on_day      DATE   NOT NULL,
    pages       INT    NOT NULL,
    PRIMARY KEY (campaign_id, member_id, on_day)
);

-- the report: pages and spend per campaign, Seoul hour and audience, kept up to date as pages print
CREATE TABLE campaign_hourly (
    campaign_id    BIGINT      NOT NULL,
    at_hour        DATETIME(0) NOT NULL,
    school_id      BIGINT      NOT NULL,
    major          VARCHAR(100) NOT NULL,
    admission_year INT         NOT NULL,
    gender         VARCHAR(16) NOT NULL,
    printer_id     BIGINT      NOT NULL,
    pages          BIGINT      NOT NULL,
    spend          BIGINT      NOT NULL,
    PRIMARY KEY (campaign_id, at_hour, school_id, major, admission_year, gender, printer_id)
);
