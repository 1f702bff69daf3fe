SET LOCAL lock_timeout = '5s';
-- lint:ignore drop-colum
ALTER TABLE users DROP COLUMN IF EXISTS legacy;
