DELETE FROM sessions WHERE expires_at < now();
UPDATE users SET newsletter = (SELECT true) WHERE id IN (SELECT user_id FROM subscribers);
WITH stale AS (SELECT id FROM carts WHERE updated_at < now() - interval '1 year')
UPDATE carts SET archived = true FROM stale WHERE carts.id = stale.id;
