ALTER TABLE accounts ADD COLUMN z text;
