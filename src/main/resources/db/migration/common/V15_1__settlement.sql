-- Module settlement: partners' terms, what each printed side earned, the monthly statements and their
-- payouts. Partner, site, printer, job and account ids refer to other modules' tables: no foreign keys
-- to them. Amounts are KRW, whole won; periods are Asia/Seoul months written 'YYYY-MM'; at_hour and
-- on_day are Seoul local times; every other time is UTC.

-- A partner's terms for a site (printer_id null) or one printer of it, from a Seoul day on. A printer's
-- own terms win over its site's; the latest effective_from on or before a day applies that day.
CREATE TABLE settlement_terms (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    partner_id     BIGINT      NOT NULL,
    site_id        BIGINT      NOT NULL,
    printer_id     BIGINT      NULL,
    share_bps      INT         NOT NULL,
    house_fee      BIGINT      NOT NULL,
    effective_from DATE        NOT NULL,
    created_by     BIGINT      NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_settlement_terms_site ON settlement_terms (site_id, effective_from);

-- One row a month, written before anything is counted in it: writers of earnings and the month's close
-- lock it (select ... for update), so nothing is counted in a month after it closed.
CREATE TABLE settlement_months (
    period     CHAR(7)     NOT NULL,
    closed_at  DATETIME(6) NULL,
    PRIMARY KEY (period)
);

-- Each PagesPrinted event once (a job's progress reports only move forward, so (job, first side) is the
-- event): the exactly-once guard, and the partner's printing log. period is the month it is counted in:
-- the month it printed in, or the first open month if that one had closed when the event arrived.
CREATE TABLE settlement_printed (
    job_id      VARCHAR(40) NOT NULL,
    from_side   INT         NOT NULL,
    to_side     INT         NOT NULL,
    partner_id  BIGINT      NOT NULL,
    site_id     BIGINT      NOT NULL,
    printer_id  BIGINT      NOT NULL,
    printed_at  DATETIME(6) NOT NULL,
    period      CHAR(7)     NOT NULL,
    sides       INT         NOT NULL,
    paid_sides  INT         NOT NULL,
    house_sides INT         NOT NULL,
    revenue     BIGINT      NOT NULL,
    batch_id    VARCHAR(36) NOT NULL,
    PRIMARY KEY (job_id, from_side)
);

CREATE INDEX ix_settlement_printed_partner ON settlement_printed (partner_id, printed_at);
CREATE INDEX ix_settlement_printed_printer ON settlement_printed (printer_id, printed_at);
CREATE INDEX ix_settlement_printed_batch ON settlement_printed (batch_id);

-- Roll-ups of settlement_printed, written in the same transaction: per printer and Seoul hour, and per
-- printer and Seoul day (what the month's close and a year of history read).
CREATE TABLE settlement_printer_hours (
    printer_id  BIGINT   NOT NULL,
    at_hour     DATETIME NOT NULL,
    period      CHAR(7)  NOT NULL,
    partner_id  BIGINT   NOT NULL,
    site_id     BIGINT   NOT NULL,
    sides       BIGINT   NOT NULL,
    paid_sides  BIGINT   NOT NULL,
    house_sides BIGINT   NOT NULL,
    revenue     BIGINT   NOT NULL,
    PRIMARY KEY (printer_id, at_hour, period)
);

CREATE INDEX ix_settlement_printer_hours_partner ON settlement_printer_hours (partner_id, at_hour);

CREATE TABLE settlement_printer_days (
    printer_id  BIGINT  NOT NULL,
    on_day      DATE    NOT NULL,
    period      CHAR(7) NOT NULL,
    partner_id  BIGINT  NOT NULL,
    site_id     BIGINT  NOT NULL,
    sides       BIGINT  NOT NULL,
    paid_sides  BIGINT  NOT NULL,
    house_sides BIGINT  NOT NULL,
    revenue     BIGINT  NOT NULL,
    PRIMARY KEY (printer_id, on_day, period)
);

CREATE INDEX ix_settlement_printer_days_period ON settlement_printer_days (period, partner_id);
CREATE INDEX ix_settlement_printer_days_partner ON settlement_printer_days (partner_id, on_day);

-- A deduction (invalid traffic) or an adjustment (a correction) an operator made, signed, landing on the
-- statement of period: the first month not closed when it was made. for_period is the month it corrects.
CREATE TABLE settlement_adjustments (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    partner_id  BIGINT       NOT NULL,
    period      CHAR(7)      NOT NULL,
    kind        VARCHAR(12)  NOT NULL,
    amount      BIGINT       NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    for_period  CHAR(7)      NULL,
    operator_id BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_settlement_adjustments_period ON settlement_adjustments (period, partner_id);

-- A closed month's statement of one partner: immutable but for its payout status.
CREATE TABLE settlement_statements (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    partner_id      BIGINT       NOT NULL,
    period          CHAR(7)      NOT NULL,
    legal_name      VARCHAR(150) NOT NULL,
    business_number VARCHAR(12)  NULL,
    sides           BIGINT       NOT NULL,
    paid_sides      BIGINT       NOT NULL,
    house_sides     BIGINT       NOT NULL,
    revenue         BIGINT       NOT NULL,
    earnings        BIGINT       NOT NULL,
    adjustments     BIGINT       NOT NULL,
    total           BIGINT       NOT NULL,
    carried_in      BIGINT       NOT NULL,
    payable         BIGINT       NOT NULL,
    carried_out     BIGINT       NOT NULL,
    threshold       BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    status_reason   VARCHAR(500) NULL,
    closed_at       DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_settlement_statements UNIQUE (partner_id, period)
);

CREATE INDEX ix_settlement_statements_period ON settlement_statements (period);

-- Its lines: one per site x printer x terms that applied (EARNINGS), then each DEDUCTION and ADJUSTMENT.
CREATE TABLE settlement_statement_lines (
    statement_id  BIGINT       NOT NULL,
    line_no       INT          NOT NULL,
    kind          VARCHAR(12)  NOT NULL,
    site_id       BIGINT       NULL,
    site_name     VARCHAR(150) NULL,
    printer_id    BIGINT       NULL,
    printer_name  VARCHAR(100) NULL,
    terms_id      BIGINT       NULL,
    share_bps     INT          NULL,
    house_fee     BIGINT       NULL,
    first_day     DATE         NULL,
    last_day      DATE         NULL,
    sides         BIGINT       NOT NULL,
    paid_sides    BIGINT       NOT NULL,
    house_sides   BIGINT       NOT NULL,
    revenue       BIGINT       NOT NULL,
    amount        BIGINT       NOT NULL,
    adjustment_id BIGINT       NULL,
    reason        VARCHAR(500) NULL,
    operator_id   BIGINT       NULL,
    PRIMARY KEY (statement_id, line_no),
    CONSTRAINT fk_settlement_lines_statement FOREIGN KEY (statement_id) REFERENCES settlement_statements (id)
);

-- Every move of a statement's payout, with who and when.
CREATE TABLE settlement_payout_moves (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    statement_id BIGINT       NOT NULL,
    from_status  VARCHAR(20)  NOT NULL,
    to_status    VARCHAR(20)  NOT NULL,
    reason       VARCHAR(500) NULL,
    actor_id     BIGINT       NOT NULL,
    moved_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_settlement_moves_statement FOREIGN KEY (statement_id) REFERENCES settlement_statements (id)
);

CREATE INDEX ix_settlement_payout_moves ON settlement_payout_moves (statement_id, id);

-- A partner's payee details. The bank account is kept whole (payouts need it) and shown masked.
CREATE TABLE settlement_partners (
    partner_id      BIGINT       NOT NULL,
    legal_name      VARCHAR(150) NOT NULL,
    business_number VARCHAR(12)  NULL,
    bank_code       VARCHAR(3)   NULL,
    bank_account    VARCHAR(20)  NULL,
    account_holder  VARCHAR(100) NULL,
    contact_name    VARCHAR(100) NULL,
    contact_email   VARCHAR(254) NULL,
    contact_phone   VARCHAR(20)  NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (partner_id)
);

-- Each change of the bank account: who, when, and the masked accounts before and after.
CREATE TABLE settlement_bank_changes (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    partner_id BIGINT      NOT NULL,
    actor_id   BIGINT      NOT NULL,
    before_masked VARCHAR(30) NULL,
    after_masked  VARCHAR(30) NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_settlement_bank_changes ON settlement_bank_changes (partner_id, id);

-- A partner's staff accounts (role PARTNER_STAFF): they see the printers and the log, never the money.
CREATE TABLE settlement_staff (
    account_id BIGINT      NOT NULL,
    partner_id BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id)
);

CREATE INDEX ix_settlement_staff_partner ON settlement_staff (partner_id);
