-- members list the printers at their school's sites
CREATE INDEX ix_partner_sites_school ON partner_sites (school_id);
