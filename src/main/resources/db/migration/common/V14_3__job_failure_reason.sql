-- Why a job failed, in terms the member is shown (printing.FailureReason); the printer's
-- own words stay in failure, for partners and operators. Jobs failed before this read
-- their reason from those words.
ALTER TABLE print_jobs ADD COLUMN failure_reason VARCHAR(32) NULL;
