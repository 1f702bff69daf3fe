-- jmigrate:no-transaction
CREATE TABLE IF NOT EXISTS audit_archive (id bigint PRIMARY KEY);
ALTER TABLE audit_archive ADD COLUMN IF NOT EXISTS note text;
CREATE OR REPLACE VIEW recent_audit AS SELECT id FROM audit_archive;
CREATE OR REPLACE FUNCTION audit_count() RETURNS bigint LANGUAGE sql
    AS $$ SELECT count(*) FROM audit_archive $$;
CREATE SCHEMA IF NOT EXISTS reporting;
