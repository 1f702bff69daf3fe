DROP TRIGGER IF EXISTS trg_users_changes ON users;
DROP TABLE IF EXISTS user_changes;
