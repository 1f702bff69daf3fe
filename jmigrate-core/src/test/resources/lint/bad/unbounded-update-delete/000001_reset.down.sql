-- the data change cannot be undone
SELECT 1;
