SET LOCAL lock_timeout = '5s';
ALTER TABLE users ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE users
    ADD COLUMN position bigserial;
ALTER TABLE users ADD COLUMN jitter double precision DEFAULT random() * 10;
ALTER TABLE users ADD COLUMN row_no bigint GENERATED ALWAYS AS IDENTITY;
