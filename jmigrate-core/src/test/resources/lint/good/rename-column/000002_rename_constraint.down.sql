SET LOCAL lock_timeout = '5s';
ALTER TABLE users RENAME CONSTRAINT users_email_key TO users_mail_key;
