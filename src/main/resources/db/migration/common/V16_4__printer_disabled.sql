-- Module printing: an operator takes a printer out of service (broken, moved, a partner who left): while
-- disabled_at is set, nothing is released to it and its agent is given no job.
ALTER TABLE printers ADD COLUMN disabled_at DATETIME(6) NULL;
