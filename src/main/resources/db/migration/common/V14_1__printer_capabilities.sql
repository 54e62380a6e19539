-- what the printer's agent read from the printer (IPP sides-supported, color-supported,
-- media-supported, document-format-supported); sides_supported NULL: not known (an agent
-- older than capabilities, or one that never reached its printer), which blocks nothing
ALTER TABLE printers ADD COLUMN sides_supported VARCHAR(400) NULL;
ALTER TABLE printers ADD COLUMN color_supported BOOLEAN NULL;
ALTER TABLE printers ADD COLUMN media_supported VARCHAR(2500) NULL;
ALTER TABLE printers ADD COLUMN formats_supported VARCHAR(1000) NULL;
