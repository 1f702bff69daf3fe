ALTER TABLE users DROP COLUMN token, DROP COLUMN status, DROP COLUMN created_at;
