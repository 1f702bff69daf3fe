-- 000001_init_schema: the initial schema of the lumi-go service.
--
--   users          accounts and authentication
--   sessions       active sessions and their refresh tokens
--   api_keys       API keys for programmatic access
--   audit_logs     the audit trail of every action
--   feature_flags  feature flag configuration
--
-- Requires PostgreSQL 14 or later (CREATE OR REPLACE TRIGGER). Ids default to gen_random_uuid(), built into
-- PostgreSQL since 13, so no extension (uuid-ossp, pgcrypto) has to be installed. Every statement can run inside a transaction, and the migrate
-- tool runs this file in one: it applies completely or not at all. The file has no BEGIN/COMMIT of its own.
--
-- Conventions:
--   * uuid primary keys, timestamptz for every point in time, text with CHECK length limits (no varchar(n));
--   * secrets are stored only as hashes (password_hash, token_hash, refresh_token_hash, key_hash), never in
--     plain text: token and key hashes are the lower-case hex SHA-256 of the secret, passwords are stored as
--     a crypt/PHC string produced by a password hashing function (bcrypt, argon2id, scrypt, pbkdf2);
--   * updated_at is maintained by the set_updated_at() trigger, not by the application;
--   * IF NOT EXISTS / OR REPLACE make the file safe to run against a database that already has the objects.

-- ---------------------------------------------------------------------------------------------------------
-- updated_at maintenance
-- ---------------------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

COMMENT ON FUNCTION set_updated_at() IS
    'Trigger function: sets updated_at to the transaction time on every UPDATE that changes the row.';

-- ---------------------------------------------------------------------------------------------------------
-- users
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS users (
    id                    uuid        NOT NULL DEFAULT gen_random_uuid(),
    email                 text        NOT NULL,
    display_name          text,
    password_hash         text,
    role                  text        NOT NULL DEFAULT 'user',
    status                text        NOT NULL DEFAULT 'active',
    email_verified_at     timestamptz,
    last_login_at         timestamptz,
    failed_login_attempts integer     NOT NULL DEFAULT 0,
    locked_until          timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_pkey PRIMARY KEY (id),
    -- RFC 5321 limits an address to 254 characters; the pattern is a sanity check (one @, a dotted domain,
    -- no white space), not a validation: the application verifies addresses by mail.
    CONSTRAINT users_email_length CHECK (char_length(email) BETWEEN 3 AND 254),
    CONSTRAINT users_email_format CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$'),
    CONSTRAINT users_display_name_length CHECK (display_name IS NULL OR char_length(display_name) BETWEEN 1 AND 200),
    -- a crypt/PHC string such as $argon2id$v=19$... or $2b$12$...: a plain-text password never starts so
    CONSTRAINT users_password_hash_format CHECK (
        password_hash IS NULL
        OR (char_length(password_hash) BETWEEN 20 AND 512 AND password_hash ~ '^[$][a-z0-9-]+[$]')),
    CONSTRAINT users_role_valid CHECK (role IN ('user', 'admin')),
    CONSTRAINT users_status_valid CHECK (status IN ('pending', 'active', 'suspended', 'disabled')),
    CONSTRAINT users_failed_login_attempts_non_negative CHECK (failed_login_attempts >= 0)
);

COMMENT ON TABLE users IS 'User accounts and their authentication data.';
COMMENT ON COLUMN users.email IS 'Login e-mail address as entered; unique regardless of case (idx_users_email_lower).';
COMMENT ON COLUMN users.password_hash IS
    'crypt/PHC string of the password (bcrypt, argon2id...), never the password; NULL when the account cannot sign in with a password (SSO, invitation not accepted yet).';
COMMENT ON COLUMN users.locked_until IS 'Sign-in is refused until this time after too many failed attempts.';

-- Case-insensitive uniqueness of e-mail addresses; also serves look-ups by lower(email) at sign-in.
CREATE UNIQUE INDEX IF NOT EXISTS idx_users_email_lower ON users (lower(email));

CREATE OR REPLACE TRIGGER trg_users_updated_at
    BEFORE UPDATE ON users
    FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*)
    EXECUTE FUNCTION set_updated_at();

-- ---------------------------------------------------------------------------------------------------------
-- sessions
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS sessions (
    id                 uuid        NOT NULL DEFAULT gen_random_uuid(),
    user_id            uuid        NOT NULL,
    token_hash         text        NOT NULL,
    refresh_token_hash text,
    user_agent         text,
    ip_address         inet,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    last_used_at       timestamptz,
    expires_at         timestamptz NOT NULL,
    refresh_expires_at timestamptz,
    revoked_at         timestamptz,
    CONSTRAINT sessions_pkey PRIMARY KEY (id),
    CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT sessions_token_hash_format CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT sessions_refresh_token_hash_format CHECK (refresh_token_hash ~ '^[0-9a-f]{64}$'),
    -- a refresh token and its expiry come together
    CONSTRAINT sessions_refresh_token_expiry CHECK ((refresh_token_hash IS NULL) = (refresh_expires_at IS NULL)),
    CONSTRAINT sessions_user_agent_length CHECK (char_length(user_agent) <= 1024),
    CONSTRAINT sessions_expires_after_creation CHECK (expires_at > created_at),
    CONSTRAINT sessions_refresh_expires_after_creation CHECK (refresh_expires_at > created_at),
    CONSTRAINT sessions_revoked_after_creation CHECK (revoked_at >= created_at)
);

COMMENT ON TABLE sessions IS 'Active user sessions and their refresh tokens; deleted with their user.';
COMMENT ON COLUMN sessions.token_hash IS 'Lower-case hex SHA-256 of the session token; the token itself is never stored.';
COMMENT ON COLUMN sessions.refresh_token_hash IS 'Lower-case hex SHA-256 of the current refresh token, NULL when the session has none.';
COMMENT ON COLUMN sessions.revoked_at IS 'Set when the session is signed out or revoked; a revoked session is no longer valid.';

-- foreign key: a user's sessions, and the cascade when the user is deleted
CREATE INDEX IF NOT EXISTS idx_sessions_user_id ON sessions (user_id);
-- every authenticated request looks its session up by token hash
CREATE UNIQUE INDEX IF NOT EXISTS idx_sessions_token_hash ON sessions (token_hash);
-- token refresh looks the session up by refresh token hash
CREATE UNIQUE INDEX IF NOT EXISTS idx_sessions_refresh_token_hash ON sessions (refresh_token_hash);
-- purging expired sessions
CREATE INDEX IF NOT EXISTS idx_sessions_expires_at ON sessions (expires_at);

CREATE OR REPLACE TRIGGER trg_sessions_updated_at
    BEFORE UPDATE ON sessions
    FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*)
    EXECUTE FUNCTION set_updated_at();

-- ---------------------------------------------------------------------------------------------------------
-- api_keys
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS api_keys (
    id           uuid        NOT NULL DEFAULT gen_random_uuid(),
    user_id      uuid        NOT NULL,
    name         text        NOT NULL,
    key_prefix   text        NOT NULL,
    key_hash     text        NOT NULL,
    scopes       text[]      NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    CONSTRAINT api_keys_pkey PRIMARY KEY (id),
    CONSTRAINT api_keys_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT api_keys_name_length CHECK (char_length(name) BETWEEN 1 AND 100),
    -- the public, displayable start of the key, e.g. lumi_3fK9aB2x: a lower-case tag, '_', 8 to 16 letters/digits
    CONSTRAINT api_keys_key_prefix_format CHECK (key_prefix ~ '^[a-z][a-z0-9]{1,9}_[A-Za-z0-9]{8,16}$'),
    CONSTRAINT api_keys_key_hash_format CHECK (key_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT api_keys_scopes_valid CHECK (cardinality(scopes) <= 64 AND array_position(scopes, NULL) IS NULL),
    CONSTRAINT api_keys_expires_after_creation CHECK (expires_at > created_at),
    CONSTRAINT api_keys_revoked_after_creation CHECK (revoked_at >= created_at)
);

COMMENT ON TABLE api_keys IS 'API keys for programmatic access, owned by a user and deleted with them.';
COMMENT ON COLUMN api_keys.key_prefix IS 'Public start of the key: shown to the owner to recognise it and used to find it.';
COMMENT ON COLUMN api_keys.key_hash IS 'Lower-case hex SHA-256 of the whole key; the key itself is shown once and never stored.';
COMMENT ON COLUMN api_keys.expires_at IS 'NULL for a key that does not expire.';

-- foreign key: a user's keys, and the cascade when the user is deleted
CREATE INDEX IF NOT EXISTS idx_api_keys_user_id ON api_keys (user_id);
-- authentication finds the key by its prefix, then compares the hash
CREATE UNIQUE INDEX IF NOT EXISTS idx_api_keys_key_prefix ON api_keys (key_prefix);
CREATE UNIQUE INDEX IF NOT EXISTS idx_api_keys_key_hash ON api_keys (key_hash);

CREATE OR REPLACE TRIGGER trg_api_keys_updated_at
    BEFORE UPDATE ON api_keys
    FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*)
    EXECUTE FUNCTION set_updated_at();

-- ---------------------------------------------------------------------------------------------------------
-- audit_logs
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS audit_logs (
    id          uuid        NOT NULL DEFAULT gen_random_uuid(),
    actor_type  text        NOT NULL,
    actor_id    uuid,
    api_key_id  uuid,
    action      text        NOT NULL,
    target_type text,
    target_id   text,
    ip_address  inet,
    user_agent  text,
    request_id  text,
    metadata    jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT audit_logs_pkey PRIMARY KEY (id),
    -- the trail outlives the people and keys it mentions: deleting them only clears the reference
    CONSTRAINT audit_logs_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT audit_logs_api_key_id_fkey FOREIGN KEY (api_key_id) REFERENCES api_keys (id) ON DELETE SET NULL,
    CONSTRAINT audit_logs_actor_type_valid CHECK (actor_type IN ('user', 'api_key', 'system')),
    -- dotted lower-case names such as user.login, api_key.revoked, feature_flag.updated
    CONSTRAINT audit_logs_action_format CHECK (
        char_length(action) <= 100 AND action ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$'),
    CONSTRAINT audit_logs_target_type_format CHECK (
        char_length(target_type) <= 50 AND target_type ~ '^[a-z][a-z0-9_]*$'),
    CONSTRAINT audit_logs_target_id_length CHECK (char_length(target_id) BETWEEN 1 AND 200),
    -- a target id means nothing without the kind of object it identifies
    CONSTRAINT audit_logs_target_complete CHECK (target_id IS NULL OR target_type IS NOT NULL),
    CONSTRAINT audit_logs_user_agent_length CHECK (char_length(user_agent) <= 1024),
    CONSTRAINT audit_logs_request_id_length CHECK (char_length(request_id) BETWEEN 1 AND 200),
    CONSTRAINT audit_logs_metadata_object CHECK (jsonb_typeof(metadata) = 'object')
);

COMMENT ON TABLE audit_logs IS
    'Append-only audit trail of every action: rows are inserted, never updated or deleted by the application; they are kept when the actor or API key is deleted (the reference becomes NULL).';
COMMENT ON COLUMN audit_logs.actor_type IS 'Who acted: user, api_key (actor_id is the key''s owner) or system (actor_id NULL).';
COMMENT ON COLUMN audit_logs.actor_id IS 'The acting user; NULL for system actions and after the user was deleted.';
COMMENT ON COLUMN audit_logs.target_id IS 'Id of the object acted upon, as text (not every target is a row of this database).';
COMMENT ON COLUMN audit_logs.metadata IS 'Details of the action as a JSON object; must never contain secrets.';

-- foreign key + "what did this user do", newest first
CREATE INDEX IF NOT EXISTS idx_audit_logs_actor_id_created_at ON audit_logs (actor_id, created_at DESC);
-- foreign key: only a minority of rows name an API key
CREATE INDEX IF NOT EXISTS idx_audit_logs_api_key_id ON audit_logs (api_key_id) WHERE api_key_id IS NOT NULL;
-- the history of one object
CREATE INDEX IF NOT EXISTS idx_audit_logs_target ON audit_logs (target_type, target_id, created_at DESC)
    WHERE target_type IS NOT NULL;
-- time-range queries and retention purges
CREATE INDEX IF NOT EXISTS idx_audit_logs_created_at ON audit_logs (created_at);

-- ---------------------------------------------------------------------------------------------------------
-- feature_flags
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS feature_flags (
    id                 uuid        NOT NULL DEFAULT gen_random_uuid(),
    key                text        NOT NULL,
    description        text,
    enabled            boolean     NOT NULL DEFAULT false,
    rollout_percentage smallint    NOT NULL DEFAULT 100,
    rules              jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT feature_flags_pkey PRIMARY KEY (id),
    -- the name code refers to the flag by: lower-case words separated by '.', '_' or '-', e.g. billing.new_invoices
    CONSTRAINT feature_flags_key_unique UNIQUE (key),
    CONSTRAINT feature_flags_key_format CHECK (
        char_length(key) <= 100 AND key ~ '^[a-z0-9]+([._-][a-z0-9]+)*$'),
    CONSTRAINT feature_flags_description_length CHECK (char_length(description) <= 1000),
    CONSTRAINT feature_flags_rollout_percentage_range CHECK (rollout_percentage BETWEEN 0 AND 100),
    CONSTRAINT feature_flags_rules_object CHECK (jsonb_typeof(rules) = 'object')
);

COMMENT ON TABLE feature_flags IS 'Feature flag configuration, one row per flag.';
COMMENT ON COLUMN feature_flags.enabled IS 'Master switch: when false the flag is off for everyone.';
COMMENT ON COLUMN feature_flags.rollout_percentage IS 'Share of users (0-100) the flag is on for while enabled.';
COMMENT ON COLUMN feature_flags.rules IS 'Targeting rules as a JSON object (e.g. lists of user ids or roles).';

CREATE OR REPLACE TRIGGER trg_feature_flags_updated_at
    BEFORE UPDATE ON feature_flags
    FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*)
    EXECUTE FUNCTION set_updated_at();
