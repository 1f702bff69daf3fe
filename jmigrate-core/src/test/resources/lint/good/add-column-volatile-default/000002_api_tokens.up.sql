CREATE TABLE api_tokens (id uuid PRIMARY KEY DEFAULT gen_random_uuid());
ALTER TABLE api_tokens ADD COLUMN salt double precision DEFAULT random();
