SET LOCAL lock_timeout = '5s';
ALTER TABLE users RENAME CONSTRAINT users_mail_key TO users_email_key;
