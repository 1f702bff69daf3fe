package dev.jmigrate.verify;

/** A schema using every kind of object a snapshot records, built the same way in several tests. */
final class RichSchema {
    static final String[] STATEMENTS = {
        "CREATE SCHEMA app",
        "COMMENT ON SCHEMA app IS 'the application'",
        "CREATE TYPE app.mood AS ENUM ('happy', 'sad')",
        "CREATE DOMAIN app.email AS text NOT NULL DEFAULT 'nobody@example.com' CHECK (VALUE LIKE '%@%')",
        "CREATE TYPE app.pair AS (a integer, b text COLLATE \"C\")",
        "CREATE TYPE app.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi)",
        "CREATE SEQUENCE app.order_numbers START 1000 INCREMENT 5 MAXVALUE 100000 CYCLE",
        "CREATE TABLE app.users (id bigserial PRIMARY KEY, email app.email UNIQUE, name text COLLATE \"C\","
                + " mood app.mood DEFAULT 'happy', created timestamptz NOT NULL DEFAULT now(),"
                + " code integer GENERATED ALWAYS AS IDENTITY, doubled bigint GENERATED ALWAYS AS (id * 2) STORED)",
        "COMMENT ON TABLE app.users IS 'people'",
        "COMMENT ON COLUMN app.users.email IS 'login'",
        "CREATE TABLE app.orders (id integer PRIMARY KEY DEFAULT nextval('app.order_numbers'),"
                + " user_id bigint REFERENCES app.users (id) ON DELETE CASCADE,"
                + " amount numeric(10,2) CONSTRAINT positive CHECK (amount > 0))",
        "COMMENT ON CONSTRAINT positive ON app.orders IS 'no refunds here'",
        "CREATE INDEX orders_user_idx ON app.orders (user_id) WHERE amount > 10",
        "COMMENT ON INDEX app.orders_user_idx IS 'big orders'",
        "CREATE UNLOGGED TABLE app.cache (k text PRIMARY KEY, v jsonb) WITH (fillfactor = 70)",
        "CREATE TABLE app.events (id integer, at date NOT NULL) PARTITION BY RANGE (at)",
        "CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
        "CREATE INDEX events_at ON app.events (at)",
        "CREATE VIEW app.active AS SELECT id, email FROM app.users WHERE mood = 'happy'",
        "CREATE MATERIALIZED VIEW app.totals AS SELECT user_id, sum(amount) AS total FROM app.orders GROUP BY user_id",
        "CREATE INDEX totals_idx ON app.totals (user_id)",
        "CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.created := now(); RETURN NEW; END$$",
        "CREATE TRIGGER users_touch BEFORE UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION app.touch()",
        "COMMENT ON TRIGGER users_touch ON app.users IS 'keeps created fresh'",
        "CREATE FUNCTION app.add(a integer, b integer DEFAULT 1) RETURNS integer LANGUAGE sql IMMUTABLE"
                + " BEGIN ATOMIC SELECT a + b; END",
        "COMMENT ON FUNCTION app.add(integer, integer) IS 'adds'",
        "CREATE PROCEDURE app.reset() LANGUAGE sql AS $$DELETE FROM app.cache$$",
        "CREATE AGGREGATE app.total(integer) (sfunc = int4pl, stype = integer, initcond = '0')",
        "ALTER TABLE app.orders ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY own_orders ON app.orders FOR SELECT TO PUBLIC USING (user_id = 1)",
        "CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)",
    };

    private RichSchema() {
    }
}
