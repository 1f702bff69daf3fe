package dev.jmigrate.database.postgres;

import dev.jmigrate.database.HistoryRecord;
import dev.jmigrate.database.VersionState;
import java.util.ArrayList;
import java.util.List;

/** The history rows of the steps in an open group, and the version the last of them reached, kept for the commit. */
final class GroupRecords {
    /** The most rows one INSERT carries: at 14 parameters a row, well below what one statement may bind. */
    static final int CHUNK = 1000;

    private final List<HistoryRecord> records = new ArrayList<>();
    private VersionState state;

    void add(VersionState reached, HistoryRecord record) {
        state = reached;
        records.add(record);
    }

    boolean isEmpty() {
        return records.isEmpty();
    }

    /** The version after the last step kept. */
    VersionState state() {
        return state;
    }

    /** The rows in order, {@value #CHUNK} at most to a list. */
    List<List<HistoryRecord>> chunks() {
        List<List<HistoryRecord>> chunks = new ArrayList<>();
        for (int from = 0; from < records.size(); from += CHUNK) {
            chunks.add(List.copyOf(records.subList(from, Math.min(records.size(), from + CHUNK))));
        }
        return chunks;
    }

    void clear() {
        records.clear();
        state = null;
    }
}
