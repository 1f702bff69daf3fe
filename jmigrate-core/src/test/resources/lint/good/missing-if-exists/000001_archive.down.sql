-- jmigrate:no-transaction
DROP SCHEMA IF EXISTS reporting;
DROP FUNCTION IF EXISTS audit_count();
DROP VIEW IF EXISTS recent_audit;
DROP TABLE IF EXISTS audit_archive;
