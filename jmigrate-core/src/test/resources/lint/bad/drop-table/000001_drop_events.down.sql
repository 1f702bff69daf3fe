CREATE TABLE IF NOT EXISTS legacy_events (id bigint PRIMARY KEY);
