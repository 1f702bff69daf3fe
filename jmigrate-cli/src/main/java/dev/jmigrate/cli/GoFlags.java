package dev.jmigrate.cli;

import dev.jmigrate.go.GoDuration;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values read the way Go's {@code flag} package reads them. */
final class GoFlags {
    private static final long MIN_SIGNED_MAGNITUDE = Long.MIN_VALUE;

    private GoFlags() {
    }

    /** Go's {@code strconv.ParseBool}: {@code 1 t T TRUE true True} and {@code 0 f F FALSE false False}. */
    static final class Bool implements ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            return switch (value) {
                case "1", "t", "T", "TRUE", "true", "True" -> Boolean.TRUE;
                case "0", "f", "F", "FALSE", "false", "False" -> Boolean.FALSE;
                default -> throw new TypeConversionException("invalid boolean value");
            };
        }
    }

    /** A {@code uint} flag: decimal, or {@code 0x}/{@code 0o}/{@code 0b}/leading-zero prefixed, underscores allowed. */
    static final class Uint implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return parseUint(value);
        }
    }

    /** An {@code int} flag: like {@link Uint} with an optional sign. */
    static final class Int implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return parseInt(value);
        }
    }

    /** A {@code time.Duration} flag, e.g. {@code 90s}, {@code 1m30s}, {@code 500ms}. */
    static final class GoDurationValue implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return GoDuration.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Go's {@code strconv.ParseUint(s, 0, 64)}; the result is unsigned. */
    static long parseUint(String s) {
        if (s.isEmpty()) {
            throw parseError();
        }
        int base = 10;
        String digits = s;
        if (s.length() >= 3 && s.charAt(0) == '0' && "bBoOxX".indexOf(s.charAt(1)) >= 0) {
            base = prefixBase(s.charAt(1));
            digits = s.substring(2);
        } else if (s.charAt(0) == '0') {
            base = 8;
            digits = s.substring(1);
        }
        boolean underscores = false;
        long n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == '_') {
                underscores = true;
                continue;
            }
            n = accumulate(n, digitValue(c, base), base);
        }
        if (underscores && !underscoresOk(s)) {
            throw parseError();
        }
        return n;
    }

    /** Go's {@code strconv.ParseInt(s, 0, 64)}. */
    static long parseInt(String s) {
        boolean negative = s.startsWith("-");
        String magnitude = negative || s.startsWith("+") ? s.substring(1) : s;
        long u = parseUint(magnitude);
        if (negative) {
            if (Long.compareUnsigned(u, MIN_SIGNED_MAGNITUDE) > 0) {
                throw parseError();
            }
            return -u;
        }
        if (u < 0) {
            throw parseError();
        }
        return u;
    }

    private static int prefixBase(char c) {
        return switch (Character.toLowerCase(c)) {
            case 'b' -> 2;
            case 'x' -> 16;
            default -> 8;
        };
    }

    private static int digitValue(char c, int base) {
        int d;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (c >= 'a' && c <= 'z') {
            d = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'Z') {
            d = c - 'A' + 10;
        } else {
            d = Integer.MAX_VALUE;
        }
        if (d >= base) {
            throw parseError();
        }
        return d;
    }

    private static long accumulate(long n, int digit, int base) {
        if (Long.compareUnsigned(n, Long.divideUnsigned(-1L, base)) > 0) {
            throw parseError();
        }
        long shifted = n * base;
        long next = shifted + digit;
        if (Long.compareUnsigned(next, shifted) < 0) {
            throw parseError();
        }
        return next;
    }

    /** Go's {@code underscoreOK}: underscores only between digits, or right after a base prefix. */
    private static boolean underscoresOk(String s) {
        char saw = '^';
        int i = 0;
        if (s.length() >= 2 && s.charAt(0) == '0' && "bBoOxX".indexOf(s.charAt(1)) >= 0) {
            i = 2;
            saw = '0';
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                saw = '0';
            } else if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
            } else {
                if (saw == '_') {
                    return false;
                }
                saw = '!';
            }
        }
        return saw != '_';
    }

    private static TypeConversionException parseError() {
        return new TypeConversionException("parse error");
    }
}
