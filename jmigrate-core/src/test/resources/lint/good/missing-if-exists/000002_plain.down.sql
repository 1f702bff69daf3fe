DROP VIEW label_ids;
DROP TABLE labels;
