-- Rollups the advertiser's report reads, kept up to date with campaign_hourly as pages print.
-- campaign_hourly holds every combination (the CSV drill-down); these two hold what one report
-- page needs in a few hundred rows however many pages a campaign printed.

-- the hourly chart: pages and spend per campaign and Seoul hour
CREATE TABLE campaign_hour_totals (
    campaign_id BIGINT      NOT NULL,
    at_hour     DATETIME(0) NOT NULL,
    pages       BIGINT      NOT NULL,
    spend       BIGINT      NOT NULL,
    PRIMARY KEY (campaign_id, at_hour)
);

-- the breakdowns: pages and spend per campaign, Seoul day and one audience dimension
-- (SCHOOL, MAJOR, YEAR, GENDER, PRINTER) with its value as text
CREATE TABLE campaign_day_audience (
    campaign_id BIGINT       NOT NULL,
    on_day      DATE         NOT NULL,
    dimension   VARCHAR(8)   NOT NULL,
    dim_value   VARCHAR(100) NOT NULL,
    pages       BIGINT       NOT NULL,
    spend       BIGINT       NOT NULL,
    PRIMARY KEY (campaign_id, dimension, on_day, dim_value)
);
