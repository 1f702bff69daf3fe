CREATE TABLE IF NOT EXISTS user_changes (user_id bigint, changed_at timestamptz);
CREATE OR REPLACE TRIGGER trg_users_changes AFTER UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION log_user_change();
