package dev.jmigrate.bench;

import java.util.List;
import java.util.Map;

/**
 * What one measured operation of a tool runs: one or more processes, one after the other (dbmate's roll back of
 * everything is N {@code dbmate rollback} processes), all with the same extra environment.
 *
 * @param commands the command lines, run in order; the operation fails at the first non-zero exit
 * @param env      environment variables added to the bench's own
 */
public record Invocation(List<List<String>> commands, Map<String, String> env) {
    public Invocation {
        commands = commands.stream().map(List::copyOf).toList();
        env = Map.copyOf(env);
    }

    /** One process. */
    public static Invocation of(List<String> command, Map<String, String> env) {
        return new Invocation(List.of(command), env);
    }

    /** The same process {@code times} times in a row. */
    public static Invocation repeated(List<String> command, int times, Map<String, String> env) {
        return new Invocation(java.util.Collections.nCopies(times, command), env);
    }
}
