CREATE TABLE staging_users (id bigint PRIMARY KEY);
INSERT INTO staging_users VALUES (1);
DROP TABLE staging_users;
