-- Members' documents are kept for a while (adtopaper.printing.document-retention) unless the
-- member keeps them; the sweep deletes the file and marks the row expired, so that later use
-- of the document is refused as gone.
ALTER TABLE documents ADD COLUMN keep_file BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE documents ADD COLUMN expired_at DATETIME(6) NULL;
CREATE INDEX documents_retention ON documents (expired_at, keep_file, created_at);
