CREATE TABLE products (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL CHECK (char_length(name) <= 100),
    code varchar,
    sku  text NOT NULL DEFAULT 'x'::varchar(10)
);
