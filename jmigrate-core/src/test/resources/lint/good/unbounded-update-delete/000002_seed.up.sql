CREATE TABLE colors (name text PRIMARY KEY);
INSERT INTO colors VALUES ('red'), ('blue');
UPDATE colors SET name = upper(name);
