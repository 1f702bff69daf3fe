UPDATE users SET status = NULL WHERE status = 'active';
