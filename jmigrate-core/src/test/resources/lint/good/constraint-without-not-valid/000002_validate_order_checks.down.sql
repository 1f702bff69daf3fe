SELECT 1; -- validation needs no undoing
