CREATE TABLE profiles (
    user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    bio     text
);
CREATE TABLE follows (
    follower_id bigint NOT NULL REFERENCES users (id),
    followee_id bigint NOT NULL REFERENCES users (id),
    PRIMARY KEY (followee_id, follower_id)
);
CREATE INDEX idx_follows_follower_id ON follows (follower_id) WHERE follower_id IS NOT NULL;
