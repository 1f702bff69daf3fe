package dev.jmigrate.engine;

import java.time.Duration;

/**
 * How the engine behaves.
 *
 * @param lockTimeout the longest wait for the migration lock
 * @param migrationTimeout the longest a single migration may run before it is cancelled, or null for no limit
 * @param allowOutOfOrder whether {@code up} applies lower versions that were never applied, instead of refusing
 * @param validate whether moving up first checks the folder against the history (edited, missing, out-of-order files)
 * @param prefetch how many migrations are read and parsed ahead of the one running, on another thread; 0 reads each
 *     when its turn comes
 * @param groupCommit how long quick migrations keep joining one transaction before it commits, on databases whose DDL
 *     is transactional ({@link GroupCommit}); zero commits each on its own
 */
public record EngineSettings(Duration lockTimeout, Duration migrationTimeout, boolean allowOutOfOrder, boolean validate,
                             int prefetch, Duration groupCommit) {
    /** The default {@code groupCommit}: long enough to share one commit among dozens of small migrations. */
    public static final Duration DEFAULT_GROUP_COMMIT = Duration.ofMillis(50);

    public EngineSettings {
        if (lockTimeout == null || lockTimeout.isNegative()) {
            throw new IllegalArgumentException("lockTimeout must be zero or positive");
        }
        if (prefetch < 0) {
            throw new IllegalArgumentException("prefetch must be zero or positive");
        }
        if (groupCommit == null || groupCommit.isNegative()) {
            throw new IllegalArgumentException("groupCommit must be zero or positive");
        }
        if (migrationTimeout != null && (migrationTimeout.isNegative() || migrationTimeout.isZero())) {
            migrationTimeout = null;
        }
    }
}
