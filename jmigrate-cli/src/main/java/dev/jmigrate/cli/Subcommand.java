package dev.jmigrate.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * A command of the tool. The global options are mixed in so they can follow the command; positional arguments
 * are taken as text and checked by the command with golang-migrate's messages (extra ones are ignored, as there).
 */
abstract class Subcommand implements Callable<Integer> {
    @Mixin
    GlobalOptions options = new GlobalOptions();

    @Parameters(paramLabel = "ARG", hidden = true)
    List<String> args = new ArrayList<>();

    final Invocation invocation;

    Subcommand(Invocation invocation) {
        this.invocation = invocation;
    }

    /** Runs the command; failures are thrown and reported by the caller. */
    @Override
    public abstract Integer call();

    /** The command's help text. */
    abstract String usage();

    /** The command's first usage line, for the hint after a usage error. */
    String synopsis() {
        return usage().lines().findFirst().orElse("");
    }

    Output output() {
        return invocation.output();
    }
}
