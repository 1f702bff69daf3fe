UPDATE users SET newsletter = false;
DELETE FROM sessions;
WITH stale AS (SELECT id FROM carts WHERE updated_at < now() - interval '1 year')
UPDATE carts SET archived = true;
