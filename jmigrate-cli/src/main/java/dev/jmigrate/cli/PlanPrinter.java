package dev.jmigrate.cli;

import dev.jmigrate.MigrationPlan;
import dev.jmigrate.PlannedMigration;
import dev.jmigrate.database.VersionState;
import java.util.List;

/** A dry run for people: each migration, how it would run, and its statements. */
final class PlanPrinter {
    private static final String INDENT = "    ";

    private PlanPrinter() {
    }

    static String render(MigrationPlan plan) {
        StringBuilder out = new StringBuilder();
        for (PlannedMigration m : plan.migrations()) {
            boolean hasFile = m.file() != null;
            out.append(ProgressListener.label(m.version(), m.direction(), m.title(), hasFile))
                    .append(" (").append(mode(m)).append(m.outOfOrder() ? ", out of order" : "").append(")\n");
            for (String statement : m.statements()) {
                statement.strip().lines().forEach(line -> out.append(INDENT).append(line).append('\n'));
            }
        }
        return out.toString().stripTrailing();
    }

    /** e.g. {@code dry run: 3 migrations would run, from version 1 to 7; nothing was changed}. */
    static String summary(MigrationPlan plan) {
        List<PlannedMigration> migrations = plan.migrations();
        long to = migrations.get(migrations.size() - 1).targetVersion();
        return "dry run: " + migrations.size() + (migrations.size() == 1 ? " migration" : " migrations")
                + " would run, from version " + text(plan.from()) + " to " + text(new VersionState(to, false))
                + "; nothing was changed";
    }

    private static String mode(PlannedMigration m) {
        if (m.file() == null) {
            return "no file: only the version is recorded";
        }
        if (m.transactional()) {
            return "in a transaction";
        }
        return "statement by statement: " + (m.transactionReason() == null ? "it cannot run in a transaction" : m.transactionReason());
    }

    private static String text(VersionState state) {
        return state.isNone() ? "none" : state.toString();
    }
}
