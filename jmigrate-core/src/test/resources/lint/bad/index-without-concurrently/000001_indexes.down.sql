ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_key;
DROP INDEX IF EXISTS idx_users_handle;
DROP INDEX IF EXISTS idx_users_email;
