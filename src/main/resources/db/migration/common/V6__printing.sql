-- Module printing: partner sites and their printers, members' documents, print jobs and the ad of
-- each printed page. Member, partner and campaign ids refer to other modules' tables: no foreign keys.

-- a place that hosts printers: a campus library, a copy shop; partner_id is the partner's account
CREATE TABLE partner_sites (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    partner_id BIGINT       NOT NULL,
    name       VARCHAR(150) NOT NULL,
    region     VARCHAR(50)  NOT NULL,
    school_id  BIGINT       NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_partner_sites_partner ON partner_sites (partner_id);

-- key_id identifies the printer's agent; its secret is derived from key_id and the server's key,
-- so the database holds no secret
CREATE TABLE printers (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    site_id     BIGINT       NOT NULL,
    code        VARCHAR(12)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    key_id      VARCHAR(40)  NOT NULL,
    state       VARCHAR(12)  NOT NULL,
    paper       VARCHAR(12)  NOT NULL,
    toner       VARCHAR(12)  NOT NULL,
    errors      VARCHAR(500) NOT NULL,
    last_seen   DATETIME(6)  NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_printers_code UNIQUE (code),
    CONSTRAINT uk_printers_key UNIQUE (key_id),
    CONSTRAINT fk_printers_site FOREIGN KEY (site_id) REFERENCES partner_sites (id)
);

CREATE TABLE documents (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    member_id  BIGINT       NOT NULL,
    blob_key   VARCHAR(200) NOT NULL,
    filename   VARCHAR(255) NOT NULL,
    pages      INT          NOT NULL,
    bytes      BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_documents_member ON documents (member_id, id);

CREATE TABLE print_jobs (
    id             VARCHAR(40)  NOT NULL,
    member_id      BIGINT       NOT NULL,
    document_id    BIGINT       NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    copies         INT          NOT NULL,
    duplex         BOOLEAN      NOT NULL,
    first_page     INT          NOT NULL,
    last_page      INT          NOT NULL,
    sides          INT          NOT NULL,
    points         BIGINT       NOT NULL,
    release_code   VARCHAR(8)   NOT NULL,
    printer_id     BIGINT       NULL,
    pages_printed  INT          NOT NULL,
    reclaims       INT          NOT NULL,
    rendered_key   VARCHAR(200) NULL,
    failure        VARCHAR(300) NULL,
    expires_at     DATETIME(6)  NOT NULL,
    released_at    DATETIME(6)  NULL,
    claimed_at     DATETIME(6)  NULL,
    last_report_at DATETIME(6)  NULL,
    finished_at    DATETIME(6)  NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_print_jobs_document FOREIGN KEY (document_id) REFERENCES documents (id)
);

CREATE INDEX ix_print_jobs_member ON print_jobs (member_id, created_at);
CREATE INDEX ix_print_jobs_printer ON print_jobs (printer_id, status);
CREATE INDEX ix_print_jobs_status ON print_jobs (status, expires_at);
-- a release code is typed at a printer: unique among the jobs waiting
CREATE INDEX ix_print_jobs_release ON print_jobs (release_code, status);

-- the ad printed on each side of a job, chosen when the job is rendered
CREATE TABLE print_job_pages (
    job_id      VARCHAR(40) NOT NULL,
    page        INT         NOT NULL,
    campaign_id BIGINT      NULL,
    creative_id BIGINT      NULL,
    price       BIGINT      NOT NULL,
    PRIMARY KEY (job_id, page),
    CONSTRAINT fk_print_job_pages_job FOREIGN KEY (job_id) REFERENCES print_jobs (id) ON DELETE CASCADE
);
