package dev.jmigrate.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * golang-migrate's global options, mixed into the top command and into every sub-command so that they may be
 * written before or after the command. Unset options are null; {@link #merge} combines both places.
 */
final class GlobalOptions {
    @Option(names = {"-source", "--source"}, paramLabel = "URL")
    String source;

    @Option(names = {"-path", "--path"}, paramLabel = "DIR")
    String path;

    @Option(names = {"-database", "--database"}, paramLabel = "URL")
    String database;

    @Option(names = {"-prefetch", "--prefetch"}, paramLabel = "N", converter = GoFlags.Uint.class)
    Long prefetch;

    @Option(names = {"-lock-timeout", "--lock-timeout"}, paramLabel = "N", converter = GoFlags.Uint.class)
    Long lockTimeout;

    @Option(names = {"-migration-timeout", "--migration-timeout"}, paramLabel = "D",
            converter = GoFlags.GoDurationValue.class)
    Duration migrationTimeout;

    @Option(names = {"-group-commit", "--group-commit"}, paramLabel = "D", converter = GoFlags.GoDurationValue.class)
    Duration groupCommit;

    @Option(names = {"-verbose", "--verbose"}, arity = "0..1", fallbackValue = "true", converter = GoFlags.Bool.class)
    Boolean verbose;

    @Option(names = {"-version", "--version"}, arity = "0..1", fallbackValue = "true", converter = GoFlags.Bool.class)
    Boolean version;

    @Option(names = {"-help", "--help", "-h", "--h"}, arity = "0..1", fallbackValue = "true",
            converter = GoFlags.Bool.class)
    Boolean help;

    boolean helpRequested() {
        return Boolean.TRUE.equals(help);
    }

    boolean versionRequested() {
        return Boolean.TRUE.equals(version);
    }

    /** The options given before the command, overridden by those given after it. */
    static GlobalOptions merge(GlobalOptions before, GlobalOptions after) {
        GlobalOptions merged = new GlobalOptions();
        merged.source = after.source != null ? after.source : before.source;
        merged.path = after.path != null ? after.path : before.path;
        merged.database = after.database != null ? after.database : before.database;
        merged.prefetch = after.prefetch != null ? after.prefetch : before.prefetch;
        merged.lockTimeout = after.lockTimeout != null ? after.lockTimeout : before.lockTimeout;
        merged.migrationTimeout = after.migrationTimeout != null ? after.migrationTimeout : before.migrationTimeout;
        merged.groupCommit = after.groupCommit != null ? after.groupCommit : before.groupCommit;
        merged.verbose = after.verbose != null ? after.verbose : before.verbose;
        merged.version = after.version != null ? after.version : before.version;
        merged.help = after.help != null ? after.help : before.help;
        return merged;
    }
}
