CREATE TABLE roles (id int PRIMARY KEY, name text NOT NULL);
INSERT INTO roles (id, name) VALUES (1, 'user'), (2, 'admin');
