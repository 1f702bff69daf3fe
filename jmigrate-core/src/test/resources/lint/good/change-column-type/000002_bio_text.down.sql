SET LOCAL lock_timeout = '5s';
ALTER TABLE users ADD CONSTRAINT users_bio_length CHECK (char_length(bio) <= 200) NOT VALID;
