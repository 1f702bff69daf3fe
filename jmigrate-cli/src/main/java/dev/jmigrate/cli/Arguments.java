package dev.jmigrate.cli;

import java.util.List;

/** The positional arguments of golang-migrate's commands, checked with its messages. */
final class Arguments {
    static final String SPECIFY_VERSION = "please specify version argument V";
    static final String BAD_VERSION = "can't read version argument V";
    static final String BAD_LIMIT = "can't read limit argument N";

    private Arguments() {
    }

    /** {@code goto V}: an unsigned 64-bit decimal. */
    static long unsignedVersion(List<String> args) {
        if (args.isEmpty()) {
            throw new CliException(SPECIFY_VERSION);
        }
        return unsigned(args.get(0), BAD_VERSION);
    }

    /** {@code force V}: a signed 64-bit decimal, at least -1. */
    static long signedVersion(List<String> args) {
        if (args.isEmpty()) {
            throw new CliException(SPECIFY_VERSION);
        }
        String text = args.get(0);
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        long v;
        try {
            if (!decimal(digits)) {
                throw new NumberFormatException(text);
            }
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new CliException(BAD_VERSION);
        }
        if (v < -1) {
            throw new CliException("argument V must be >= -1");
        }
        return v;
    }

    /** {@code up N} / {@code down N}: an unsigned decimal; values beyond a signed long are capped there. */
    static long limit(String text) {
        long n = unsigned(text, BAD_LIMIT);
        return n < 0 ? Long.MAX_VALUE : n;
    }

    private static long unsigned(String text, String error) {
        if (!decimal(text)) {
            throw new CliException(error);
        }
        try {
            return Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            throw new CliException(error);
        }
    }

    private static boolean decimal(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
