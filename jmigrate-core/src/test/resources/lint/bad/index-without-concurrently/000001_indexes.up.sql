SET LOCAL lock_timeout = '5s';
CREATE INDEX idx_users_email ON users (email);
CREATE UNIQUE INDEX idx_users_handle
    ON users (lower(handle));
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
