SET LOCAL lock_timeout = '5s';
-- lint:ignore change-column-type: varchar(200) to text is binary-compatible
ALTER TABLE users ALTER COLUMN bio TYPE text;
