DROP TABLE follows;
DROP TABLE profiles;
