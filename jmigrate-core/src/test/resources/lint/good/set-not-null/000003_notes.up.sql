CREATE TABLE notes (id bigint PRIMARY KEY, body text);
ALTER TABLE notes ALTER COLUMN body SET NOT NULL;
