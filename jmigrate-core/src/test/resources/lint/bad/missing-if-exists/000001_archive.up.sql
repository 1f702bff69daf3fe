-- jmigrate:no-transaction
CREATE TABLE audit_archive (id bigint PRIMARY KEY);
ALTER TABLE audit_archive ADD COLUMN note text;
CREATE VIEW recent_audit AS SELECT id FROM audit_archive;
CREATE INDEX IF NOT EXISTS idx_audit_archive_note ON audit_archive (note);
