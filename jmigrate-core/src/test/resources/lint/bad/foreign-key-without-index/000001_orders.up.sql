CREATE TABLE orders (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    shop_id bigint NOT NULL,
    total   numeric NOT NULL,
    CONSTRAINT orders_shop_id_fkey FOREIGN KEY (shop_id) REFERENCES shops (id)
);
CREATE INDEX idx_orders_total_shop_id ON orders (total, shop_id);
