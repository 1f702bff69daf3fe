CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);
CREATE INDEX idx_orders_user_id ON orders (user_id);
