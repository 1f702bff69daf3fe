CREATE TABLE badges (id bigint PRIMARY KEY, user_id bigint);
ALTER TABLE badges ADD COLUMN label text;
CREATE INDEX idx_badges_user_id ON badges (user_id);
