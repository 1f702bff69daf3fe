ALTER TABLE users DROP COLUMN row_no, DROP COLUMN jitter, DROP COLUMN position,
    DROP COLUMN token;
