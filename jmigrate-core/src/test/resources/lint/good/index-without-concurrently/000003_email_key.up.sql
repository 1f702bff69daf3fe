-- the unique index was built concurrently by 000002; adopting it only takes a short lock
SET LOCAL lock_timeout = '5s';
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX idx_users_email;
