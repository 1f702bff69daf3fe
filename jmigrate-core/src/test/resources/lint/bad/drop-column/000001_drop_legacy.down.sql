ALTER TABLE users ADD COLUMN legacy_flag boolean, ADD COLUMN legacy_note text;
