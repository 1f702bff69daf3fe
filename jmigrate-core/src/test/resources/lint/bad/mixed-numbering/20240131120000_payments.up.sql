CREATE TABLE payments (id bigint PRIMARY KEY);
