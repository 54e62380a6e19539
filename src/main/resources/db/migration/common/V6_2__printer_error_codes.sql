-- "errors" is a reserved word to the query cache's SQL parser (JSqlParser), which made every
-- read of printers uncacheable; QueryCacheIntegrationTests now parses every column
ALTER TABLE printers RENAME COLUMN errors TO error_codes;
