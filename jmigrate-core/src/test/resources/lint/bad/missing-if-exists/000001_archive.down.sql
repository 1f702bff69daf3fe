-- jmigrate:no-transaction
DROP VIEW recent_audit;
DROP TABLE IF EXISTS audit_archive;
