package dev.jmigrate.cli;

import dev.jmigrate.Migrator;
import picocli.CommandLine.Option;

/** Options of the commands that move up: how strictly the folder is checked against the history first. */
final class ValidationOptions {
    @Option(names = {"-allow-out-of-order", "--allow-out-of-order"}, arity = "0..1", fallbackValue = "true",
            converter = GoFlags.Bool.class)
    boolean allowOutOfOrder;

    @Option(names = {"-skip-validation", "--skip-validation"}, arity = "0..1", fallbackValue = "true",
            converter = GoFlags.Bool.class)
    boolean skipValidation;

    void apply(Migrator.Builder builder) {
        builder.allowOutOfOrder(allowOutOfOrder).validate(!skipValidation);
    }

    static final String USAGE = """
              -allow-out-of-order   Also apply lower versions that were never applied (merged late from a
                                    branch); they run first
              -skip-validation      Do not check the folder against the history of applied migrations
                                    (edited, missing or out-of-order files) before moving
            """;
}
