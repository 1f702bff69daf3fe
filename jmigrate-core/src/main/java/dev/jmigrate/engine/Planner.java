package dev.jmigrate.engine;

import dev.jmigrate.NoSuchMigrationException;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.source.Direction;
import dev.jmigrate.source.MigrationFile;
import dev.jmigrate.source.Migrations;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Turns a request into steps with golang-migrate's semantics, including its "file does not exist" cases. */
final class Planner {
    private final Migrations migrations;

    Planner(Migrations migrations) {
        this.migrations = migrations;
    }

    /**
     * @param outOfOrder lower versions never applied, to run first (only for requests that move up)
     */
    Plan plan(Request request, long current, List<Long> outOfOrder) {
        List<Step> steps = new ArrayList<>();
        if (request.movesUp(current)) {
            outOfOrder.forEach(v -> steps.add(up(v, current, true)));
        }
        long shortBy = switch (request.kind()) {
            case UP -> upAll(current, steps);
            case DOWN -> downAll(current, steps);
            case STEPS -> request.amount() > 0 ? upSteps(current, request.amount(), steps) : downSteps(current, -request.amount(), steps);
            case GOTO -> migrateTo(current, request.amount(), steps);
        };
        return new Plan(steps, shortBy);
    }

    private long upAll(long current, List<Step> steps) {
        requireMigrations();
        for (OptionalLong v = after(current); v.isPresent(); v = migrations.next(v.getAsLong())) {
            steps.add(up(v.getAsLong(), v.getAsLong(), false));
        }
        return 0;
    }

    private long downAll(long current, List<Step> steps) {
        for (long v = current; v != VersionState.NONE; v = before(v)) {
            steps.add(down(v));
        }
        return 0;
    }

    private long upSteps(long current, long n, List<Step> steps) {
        requireMigrations();
        OptionalLong v = after(current);
        if (v.isEmpty()) {
            throw new NoSuchMigrationException("file does not exist: there is no migration after version "
                    + Versions.text(current) + " in " + migrations.source().location());
        }
        long taken = 0;
        for (; v.isPresent() && taken < n; v = migrations.next(v.getAsLong()), taken++) {
            steps.add(up(v.getAsLong(), v.getAsLong(), false));
        }
        return n - taken;
    }

    private long downSteps(long current, long n, List<Step> steps) {
        if (current == VersionState.NONE) {
            throw new NoSuchMigrationException("file does not exist: no migration is applied, so there is nothing to"
                    + " migrate down");
        }
        long taken = 0;
        for (long v = current; v != VersionState.NONE && taken < n; v = before(v), taken++) {
            steps.add(down(v));
        }
        return n - taken;
    }

    private long migrateTo(long current, long target, List<Step> steps) {
        if (!migrations.contains(target)) {
            throw new NoSuchMigrationException("no migration found for version " + Long.toUnsignedString(target)
                    + ": " + migrations.source().location() + " has no " + Long.toUnsignedString(target)
                    + "_*.up or .down file" + available());
        }
        if (Versions.compare(target, current) > 0) {
            for (OptionalLong v = after(current); v.isPresent() && Versions.compare(v.getAsLong(), target) <= 0;
                    v = migrations.next(v.getAsLong())) {
                steps.add(up(v.getAsLong(), v.getAsLong(), false));
            }
        } else {
            for (long v = current; v != target; v = before(v)) {
                steps.add(down(v));
            }
        }
        return 0;
    }

    private Step up(long version, long target, boolean outOfOrder) {
        MigrationFile file = migrations.file(version, Direction.UP).orElse(null);
        return new Step(version, Direction.UP, file, migrations.title(version), target, outOfOrder);
    }

    private Step down(long version) {
        MigrationFile file = migrations.file(version, Direction.DOWN).orElse(null);
        return new Step(version, Direction.DOWN, file, migrations.title(version), before(version), false);
    }

    private OptionalLong after(long current) {
        return current == VersionState.NONE ? migrations.first() : migrations.next(current);
    }

    private long before(long version) {
        return migrations.previous(version).orElse(VersionState.NONE);
    }

    private void requireMigrations() {
        if (migrations.isEmpty()) {
            throw new NoSuchMigrationException("no migrations in " + migrations.source().location()
                    + ": the folder has no {version}_{title}.up.sql or .down.sql file;"
                    + " create one with: migrate create -ext sql -dir <folder> -seq <name>");
        }
    }

    private String available() {
        List<Long> versions = migrations.versions();
        if (versions.isEmpty()) {
            return " (the folder has no migrations)";
        }
        List<String> shown = versions.stream().limit(20).map(Long::toUnsignedString).toList();
        return " (versions there: " + String.join(", ", shown) + (versions.size() > 20 ? ", ..." : "") + ")";
    }

    /**
     * Steps to run, and for {@code steps(n)} how many the source lacks.
     *
     * @param steps in order
     * @param shortBy 0 when the source had enough
     */
    record Plan(List<Step> steps, long shortBy) {
    }
}
