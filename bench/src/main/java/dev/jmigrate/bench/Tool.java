package dev.jmigrate.bench;

import java.util.List;
import java.util.Optional;

/** One migration tool as the bench runs it: as whole processes, each scenario a command line. */
public interface Tool {

    /** The short name used in {@code --tools} and in the report. */
    String name();

    /** Why the tool cannot run on this machine, or empty when it can. */
    Optional<String> unavailable();

    /** The tool's version and how it is run, for the report. */
    String describe();

    /** What the tool runs for a scenario, or empty when it cannot do it (reported as n/a). */
    Optional<Invocation> invocation(Scenario scenario, Target target);

    /** The tables the tool keeps its own history in, left out of the schema check. */
    List<String> historyTables();

    /**
     * A query giving one number that tells how far the tool's history says the schema is: the current version or
     * the count of applied migrations, as {@link #expectedHistory} expects; empty when the tool keeps no history.
     */
    Optional<String> historyQuery();

    /** What {@link #historyQuery()} should give when every migration is applied ({@code applied}) or none is. */
    long expectedHistory(Generator.Plan plan, boolean applied);

    /** A note on how the tool runs the bench, for the report's notes; empty for none. */
    default String note() {
        return "";
    }
}
