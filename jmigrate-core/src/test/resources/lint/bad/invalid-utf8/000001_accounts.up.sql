CREATE TABLE accounts (id bigint PRIMARY KEY);
COMMENT ON TABLE accounts IS 'café customers';
