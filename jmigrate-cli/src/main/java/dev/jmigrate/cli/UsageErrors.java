package dev.jmigrate.cli;

import dev.jmigrate.go.GoQuote;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Command lines that cannot be parsed: golang-migrate's flag messages, a short hint, exit code 2. */
final class UsageErrors {
    static final int EXIT_CODE = 2;

    private UsageErrors() {
    }

    static int report(ParameterException e, Output output) {
        Object command = e.getCommandLine().getCommand();
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (!(first.startsWith("-") && first.length() > 1) && !(command instanceof Subcommand)) {
                output.plain("unknown command: " + first);
                output.plain(Usage.TOP);
                return EXIT_CODE;
            }
            output.plain("flag provided but not defined: -" + flagName(first));
        } else {
            output.plain(message(e));
        }
        output.plain(command instanceof Subcommand sub
                ? sub.synopsis() + "\nRun 'migrate " + e.getCommandLine().getCommandName() + " -help' for details."
                : Usage.SYNOPSIS + "\n" + Usage.HINT);
        return EXIT_CODE;
    }

    private static String message(ParameterException e) {
        ArgSpec spec = e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()
                ? missing.getMissing().get(0) : e.getArgSpec();
        if (!(spec instanceof OptionSpec option)) {
            return e.getMessage();
        }
        String flag = "-" + flagName(option.names()[0]);
        if (e instanceof MissingParameterException || e.getValue() == null) {
            return "flag needs an argument: " + flag;
        }
        if (option.type() == Boolean.class || option.type() == boolean.class) {
            return "invalid boolean value " + GoQuote.quote(e.getValue()) + " for " + flag + ": parse error";
        }
        return "invalid value " + GoQuote.quote(e.getValue()) + " for flag " + flag + ": parse error";
    }

    /** The flag's name as Go prints it: without dashes and without {@code =value}. */
    private static String flagName(String arg) {
        String name = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
        int equals = name.indexOf('=');
        return equals < 0 ? name : name.substring(0, equals);
    }

}
