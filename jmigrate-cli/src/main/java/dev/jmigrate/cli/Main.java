package dev.jmigrate.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code migrate} command-line tool: golang-migrate's commands and options, plus {@code status},
 * {@code validate}, {@code locks} and dry runs. Exit codes: 0 success, 1 runtime error or declined prompt,
 * 2 usage error, 3 and 4 from {@code status --exit-code}.
 */
public final class Main {
    private Main() {
    }

    /** Runs the tool and exits the JVM with its exit code. */
    public static void main(String[] args) {
        WarmUp.start();
        int code = run(args, System.in, System.out, System.err, System.getenv());
        System.exit(code);
    }

    /**
     * Runs the tool without exiting the JVM.
     *
     * @param args the command line
     * @param in where prompts read their answer
     * @param out where results go
     * @param err where progress, prompts and errors go
     * @param env the environment ({@code DATABASE_URL}, {@code MIGRATION_DIR}, {@code MIGRATION_TIMEOUT})
     * @return the exit code
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, in, out, err, env, new SunMiscSignals());
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
                   Signals signals) {
        Output output = Output.scrubbing(out, err, Secrets.in(args, env));
        try {
            Invocation invocation = new Invocation(env, in, output, signals, Path.of("").toAbsolutePath());
            return new Cli(invocation).run(args);
        } finally {
            output.flush();
        }
    }
}
