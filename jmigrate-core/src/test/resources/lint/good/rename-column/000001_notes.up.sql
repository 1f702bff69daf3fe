CREATE TABLE notes (id bigint PRIMARY KEY, txt text);
ALTER TABLE notes RENAME COLUMN txt TO body;
