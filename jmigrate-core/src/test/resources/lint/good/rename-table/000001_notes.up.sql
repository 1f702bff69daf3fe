CREATE TABLE note_drafts (id bigint PRIMARY KEY);
ALTER TABLE note_drafts RENAME TO notes;
