SET LOCAL lock_timeout = '5s';
DROP TABLE IF EXISTS legacy_events;
