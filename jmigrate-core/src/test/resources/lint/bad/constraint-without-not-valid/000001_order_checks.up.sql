SET LOCAL lock_timeout = '5s';
-- lint:ignore foreign-key-without-index (orders_user_id_idx exists since 2023)
ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0);
