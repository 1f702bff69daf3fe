CREATE TABLE labels (id bigint PRIMARY KEY);
CREATE VIEW label_ids AS SELECT id FROM labels;
