-- Module printing: a hand-in-safe job carries its ad on one cover sheet, its first side, instead of on
-- every side; cover_points is what that side costs, its other sides cost the rest of points evenly.
ALTER TABLE print_jobs ADD COLUMN cover_sheet BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE print_jobs ADD COLUMN cover_points BIGINT NOT NULL DEFAULT 0;
