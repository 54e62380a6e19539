-- Module points: the points account of a member who deleted their account is closed (no
-- more morning points); its ledger stays, for the settlement with advertisers and partners.
ALTER TABLE points_accounts ADD COLUMN closed_at DATETIME(6) NULL;
