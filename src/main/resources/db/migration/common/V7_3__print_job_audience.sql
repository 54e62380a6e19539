-- The print job owns its pages: besides the ad of every side (print_job_pages), the audience
-- its member was when the job was rendered and its ads chosen. Impressions are attributed to
-- that audience, whatever the member's profile says by the time the sides print.
ALTER TABLE print_jobs ADD COLUMN audience_school_id BIGINT NULL;
ALTER TABLE print_jobs ADD COLUMN audience_major VARCHAR(100) NULL;
ALTER TABLE print_jobs ADD COLUMN audience_admission_year INT NULL;
ALTER TABLE print_jobs ADD COLUMN audience_gender VARCHAR(16) NULL;

-- jobs rendered before this version take the profile as it is now, once (their printed sides
-- may still wait in the event publication registry)
UPDATE print_jobs SET
    audience_school_id = (SELECT m.school_id FROM members m WHERE m.account_id = print_jobs.member_id),
    audience_major = (SELECT m.major FROM members m WHERE m.account_id = print_jobs.member_id),
    audience_admission_year = (SELECT m.admission_year FROM members m WHERE m.account_id = print_jobs.member_id),
    audience_gender = (SELECT m.gender FROM members m WHERE m.account_id = print_jobs.member_id)
WHERE EXISTS (SELECT 1 FROM print_job_pages p WHERE p.job_id = print_jobs.id);
