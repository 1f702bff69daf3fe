package dev.jmigrate.engine;

import dev.jmigrate.DirtyDatabaseException;
import dev.jmigrate.MigrationState;
import dev.jmigrate.MigrationStatus;
import dev.jmigrate.Problem;
import dev.jmigrate.database.HistoryRecord;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.source.Direction;
import dev.jmigrate.source.MigrationFile;
import dev.jmigrate.source.Migrations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Compares the folder with the database's version and history: states, problems, and dirty-state advice. */
final class Inspector {
    private final Migrations migrations;
    private final VersionState current;
    private final Ledger ledger;
    private final FileChecksums checksums;

    Inspector(Migrations migrations, VersionState current, List<HistoryRecord> history) {
        this(migrations, current, history, new FileChecksums(migrations));
    }

    /** An inspector that takes the up files' checksums from {@code checksums}, some perhaps computed already. */
    Inspector(Migrations migrations, VersionState current, List<HistoryRecord> history, FileChecksums checksums) {
        this.migrations = migrations;
        this.current = current;
        this.ledger = Ledger.replay(history, current, migrations);
        this.checksums = checksums;
    }

    /** Every version of the folder and the history with its state, edited files included (reads every applied file). */
    List<MigrationStatus> statuses() {
        return statuses(editedFiles());
    }

    /** Edited, missing and out-of-order migrations (reads every applied file). */
    List<Problem> problems() {
        return problems(editedFiles());
    }

    /** Missing and out-of-order migrations: what can be told without reading the files. */
    List<Problem> problemsWithoutChecksums() {
        return problems(Set.of());
    }

    /** Versions below the current one that were never applied, ascending. */
    List<Long> outOfOrder() {
        List<Long> versions = new ArrayList<>();
        for (long v : folderAndAppliedVersions()) {
            if (state(v, Set.of()) == MigrationState.OUT_OF_ORDER) {
                versions.add(v);
            }
        }
        return versions;
    }

    private List<MigrationStatus> statuses(Set<Long> edited) {
        List<MigrationStatus> result = new ArrayList<>();
        for (long v : folderAndAppliedVersions()) {
            result.add(status(v, state(v, edited)));
        }
        return result;
    }

    /** Only the versions in a state that is a problem become a status: with thousands of versions, most are not. */
    private List<Problem> problems(Set<Long> edited) {
        List<Problem> problems = new ArrayList<>();
        for (long v : folderAndAppliedVersions()) {
            MigrationState state = state(v, edited);
            if (state == MigrationState.MODIFIED || state == MigrationState.MISSING || state == MigrationState.OUT_OF_ORDER) {
                problem(status(v, state)).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private MigrationStatus status(long v, MigrationState state) {
        HistoryRecord up = ledger.lastUp(v);
        String title = migrations.contains(v) ? migrations.title(v) : up == null ? "" : up.title();
        return new MigrationStatus(v, title, state, up == null ? null : up.startedAt(),
                up == null ? null : up.duration(), up == null ? null : up.appliedBy());
    }

    /** The folder's versions and the applied ones, merged in unsigned order (both are sorted that way already). */
    private long[] folderAndAppliedVersions() {
        List<Long> folder = migrations.versions();
        long[] applied = ledger.applied();
        long[] merged = new long[folder.size() + applied.length];
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < folder.size() || j < applied.length) {
            int cmp = i == folder.size() ? 1 : j == applied.length ? -1 : Long.compareUnsigned(folder.get(i), applied[j]);
            if (cmp <= 0) {
                merged[count++] = folder.get(i++);
                if (cmp == 0) {
                    j++;
                }
            } else {
                merged[count++] = applied[j++];
            }
        }
        return Arrays.copyOf(merged, count);
    }

    /** The error for a dirty database, with what the history knows of the failure and which version to force. */
    DirtyDatabaseException dirty() {
        long v = current.version();
        HistoryRecord failure = ledger.lastFailure();
        long ifNothingLeft;
        String cause;
        if (failure != null) {
            ifNothingLeft = failure.kind() == HistoryRecord.Kind.DOWN ? failure.version() : ledger.versionBeforeFailure();
            cause = "migration " + Versions.text(failure.version()) + "/" + (failure.kind() == HistoryRecord.Kind.DOWN ? "d" : "u")
                    + " " + failure.title() + " failed on " + failure.startedAt() + " after " + failure.statementsApplied()
                    + " of " + failure.statementsTotal() + " statements: " + firstLine(failure.error());
        } else {
            ifNothingLeft = v == VersionState.NONE ? migrations.first().orElse(VersionState.NONE) : migrations.below(v).orElse(VersionState.NONE);
            cause = "a migration failed partway before this run (the database keeps no record of which statements ran)";
        }
        String advice = "  cause:    " + cause
                + "\n  repair:   finish or undo that migration's changes by hand, then run"
                + "\n              migrate force " + Versions.text(ifNothingLeft) + "    if nothing of it is left in the database"
                + (ifNothingLeft == v ? "" : "\n              migrate force " + Versions.text(v) + "    if it is now complete")
                + "\n            and run the migration command again.";
        return new DirtyDatabaseException(v, ifNothingLeft, advice);
    }

    private MigrationState state(long v, Set<Long> edited) {
        if (current.dirty() && v == current.version()) {
            return MigrationState.DIRTY;
        }
        if (ledger.isApplied(v)) {
            return !migrations.contains(v) ? MigrationState.MISSING : edited.contains(v) ? MigrationState.MODIFIED : MigrationState.APPLIED;
        }
        int cmp = Versions.compare(v, current.version());
        return cmp > 0 ? MigrationState.PENDING : cmp == 0 ? MigrationState.APPLIED : MigrationState.OUT_OF_ORDER;
    }

    /**
     * The applied versions whose up file no longer has the checksum recorded when it was applied (or is gone while its
     * down file remains). The files are read and hashed in parallel: with thousands of migrations this is most of the
     * work of {@code status}.
     */
    private Set<Long> editedFiles() {
        return Arrays.stream(ledger.applied()).parallel().filter(this::edited).boxed()
                .collect(java.util.stream.Collectors.toSet());
    }

    private boolean edited(long v) {
        HistoryRecord up = ledger.lastUp(v);
        if (up == null || up.checksum() == null || !migrations.contains(v)) {
            return false;
        }
        return !checksums.of(v).map(up.checksum()::equals).orElse(false);
    }

    private Optional<Problem> problem(MigrationStatus s) {
        String location = migrations.source().location();
        String file = migrations.file(s.version(), Direction.UP).map(MigrationFile::name).orElse("");
        String v = Versions.text(s.version());
        return switch (s.state()) {
            case MODIFIED -> Optional.of(new Problem(Problem.Kind.MODIFIED, s.version(), file, (file.isEmpty() ? "version " + v + "'s up file" : file)
                    + " changed since it was applied on " + s.appliedAt() + "; applied migrations must not be edited:"
                    + " restore the file and put the change in a new migration"));
            case MISSING -> Optional.of(new Problem(Problem.Kind.MISSING, s.version(), "", "version " + v + " (" + s.title()
                    + ") is applied but its files are not in " + location + "; restore them, or check that -path names the right folder"));
            case OUT_OF_ORDER -> Optional.of(new Problem(Problem.Kind.OUT_OF_ORDER, s.version(), file, file + " (version " + v
                    + ") is lower than the current version " + Versions.text(current.version())
                    + " and was never applied (merged late from a branch?); apply it with `migrate up -allow-out-of-order`,"
                    + " or rename it to a version above " + Versions.text(current.version())));
            default -> Optional.empty();
        };
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
