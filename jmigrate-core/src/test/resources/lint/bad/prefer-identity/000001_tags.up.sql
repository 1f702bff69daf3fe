CREATE TABLE tags (
    id    serial PRIMARY KEY,
    label text NOT NULL
);
CREATE TABLE tag_links (id bigserial PRIMARY KEY, tag_id integer NOT NULL);
