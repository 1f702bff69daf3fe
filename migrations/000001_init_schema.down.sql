-- 000001_init_schema (down): removes everything 000001_init_schema.up.sql creates, in reverse dependency order.
-- Indexes, constraints, comments and triggers go with their tables; the trigger function goes last, once no
-- trigger uses it. No CASCADE: if a later object still depends on one of these, the migration fails instead of
-- silently dropping that object too.

DROP TABLE IF EXISTS feature_flags;
DROP TABLE IF EXISTS audit_logs;
DROP TABLE IF EXISTS api_keys;
DROP TABLE IF EXISTS sessions;
DROP TABLE IF EXISTS users;

DROP FUNCTION IF EXISTS set_updated_at();
