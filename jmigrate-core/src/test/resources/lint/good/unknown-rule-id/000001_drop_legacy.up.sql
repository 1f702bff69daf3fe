SET LOCAL lock_timeout = '5s';
-- lint:ignore drop-column, rename-column: legacy is unused since release 4.2
ALTER TABLE users DROP COLUMN IF EXISTS legacy;
/* lint:ignore all */
ALTER TABLE users DROP COLUMN IF EXISTS legacy2;
