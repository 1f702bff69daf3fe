package dev.jmigrate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top of the command line: the global options written before the command. */
@Command(name = "migrate")
final class MigrateCommand {
    @Mixin
    GlobalOptions options = new GlobalOptions();
}
