SET LOCAL lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS status text;
UPDATE users SET status = 'active' WHERE status IS NULL;
