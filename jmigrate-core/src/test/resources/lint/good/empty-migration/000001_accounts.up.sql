-- the accounts table
CREATE TABLE accounts (id bigint PRIMARY KEY);
