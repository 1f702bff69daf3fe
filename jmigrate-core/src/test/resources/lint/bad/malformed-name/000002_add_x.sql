ALTER TABLE accounts ADD COLUMN x text;
