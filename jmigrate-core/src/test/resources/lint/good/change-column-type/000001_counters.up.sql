CREATE TABLE counters (id int PRIMARY KEY, hits int NOT NULL);
ALTER TABLE counters ALTER COLUMN hits TYPE bigint;
