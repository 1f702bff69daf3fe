ALTER TABLE accounts ADD COLUMN y text;
