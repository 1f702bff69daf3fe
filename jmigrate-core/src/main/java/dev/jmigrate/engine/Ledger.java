package dev.jmigrate.engine;

import dev.jmigrate.database.HistoryRecord;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.source.Migrations;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which versions are applied, replayed from the history table. Up and down rows apply and revert one
 * version; {@code force} and {@code baseline} rows set the version directly, which marks every version of
 * the folder between the previous and the new version applied (when moving up, "untracked": applied by
 * another tool or by hand) or reverted (when moving down). A version table that moved without a history row
 * (golang-migrate ran since) is read as an implicit baseline.
 */
final class Ledger {
    private final Set<Long> applied = new HashSet<>();
    private long[] sorted;
    private final Map<Long, HistoryRecord> lastUp = new HashMap<>();
    private HistoryRecord lastFailure;
    private long versionBeforeFailure = VersionState.NONE;
    private long schemaVersion = VersionState.NONE;

    static Ledger replay(List<HistoryRecord> history, VersionState current, Migrations migrations) {
        Ledger ledger = new Ledger();
        for (HistoryRecord row : history) {
            ledger.apply(row, migrations);
        }
        if (ledger.schemaVersion != current.version()) {
            ledger.moveTo(current.version(), migrations);
        }
        return ledger;
    }

    /** The version table's version according to the last history row, -1 when there is none. */
    static long recordedVersion(List<HistoryRecord> history) {
        return history.isEmpty() ? VersionState.NONE : history.get(history.size() - 1).schemaVersion();
    }

    boolean isApplied(long version) {
        return applied.contains(version);
    }

    /** The applied versions in unsigned ascending order. */
    long[] applied() {
        if (sorted == null) {
            sorted = new long[applied.size()];
            int i = 0;
            for (long v : applied) {
                sorted[i++] = v ^ Long.MIN_VALUE;
            }
            Arrays.sort(sorted);
            for (i = 0; i < sorted.length; i++) {
                sorted[i] ^= Long.MIN_VALUE;
            }
        }
        return sorted;
    }

    /** The row of the last successful up migration of a version, or null (pending, or applied untracked). */
    HistoryRecord lastUp(long version) {
        return lastUp.get(version);
    }

    /** The last row when it records a failure, else null. */
    HistoryRecord lastFailure() {
        return lastFailure;
    }

    /** The version recorded before the last failure began. */
    long versionBeforeFailure() {
        return versionBeforeFailure;
    }

    private void apply(HistoryRecord row, Migrations migrations) {
        lastFailure = row.success() ? null : row;
        if (!row.success()) {
            versionBeforeFailure = schemaVersion;
            return;
        }
        switch (row.kind()) {
            case UP -> {
                applied.add(row.version());
                lastUp.put(row.version(), row);
            }
            case DOWN -> {
                applied.remove(row.version());
                lastUp.remove(row.version());
            }
            case FORCE, BASELINE -> moveTo(row.schemaVersion(), migrations);
        }
        schemaVersion = row.schemaVersion();
    }

    private void moveTo(long target, Migrations migrations) {
        long from = schemaVersion;
        if (Versions.compare(target, from) > 0) {
            for (long v : migrations.versions()) {
                if (Versions.compare(v, from) > 0 && Versions.compare(v, target) <= 0) {
                    applied.add(v);
                }
            }
        } else {
            applied.removeIf(v -> Versions.compare(v, target) > 0 && Versions.compare(v, from) <= 0);
        }
        schemaVersion = target;
    }
}
