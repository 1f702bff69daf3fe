CREATE TABLE events (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at timestamp NOT NULL DEFAULT now(),
    updated_at timestamp without time zone,
    seen_at    timestamp(3)
);
