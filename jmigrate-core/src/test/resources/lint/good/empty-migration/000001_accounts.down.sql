DROP TABLE accounts; -- and its data
