package dev.jmigrate.go;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Go's {@code time.Duration} text form: {@link #format} is {@code Duration.String()} and {@link #parse} is
 * {@code time.ParseDuration}, so durations read from and written to the command line look exactly as they do
 * in golang-migrate.
 *
 * <p>Go durations are a signed 64-bit count of nanoseconds (about ±292 years); both methods are confined to that
 * range.
 */
public final class GoDuration {

    private static final long NANOS_PER_MICRO = 1_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final Duration MAX = Duration.ofNanos(Long.MAX_VALUE);
    private static final Duration MIN = Duration.ofNanos(Long.MIN_VALUE);

    private static final String HEX = "0123456789abcdef";

    /** 2<sup>63</sup> read as an unsigned number. */
    private static final long TWO_TO_63 = Long.MIN_VALUE;

    private static final Map<String, Long> UNITS = Map.of(
            "ns", 1L,
            "us", NANOS_PER_MICRO,
            "\u00b5s", NANOS_PER_MICRO,
            "\u03bcs", NANOS_PER_MICRO,
            "ms", NANOS_PER_MILLI,
            "s", NANOS_PER_SECOND,
            "m", 60 * NANOS_PER_SECOND,
            "h", 3600 * NANOS_PER_SECOND);

    private GoDuration() {
    }

    /**
     * Formats a duration exactly as Go's {@code time.Duration.String()} does: {@code 0s} for zero; below one
     * microsecond {@code 999ns}; below one millisecond {@code 812.5µs} (U+00B5 MICRO SIGN); below one second
     * {@code 12.345678ms}; otherwise hours, minutes and seconds such as {@code 1.5s}, {@code 1m0s},
     * {@code 1h2m3.5s}, where minutes are always shown once there are hours and seconds always shown. Fractions
     * carry no trailing zeros, and negative durations get a leading {@code -}.
     *
     * <p>A duration beyond Go's range (a signed 64-bit count of nanoseconds) is clamped to the nearest end of it,
     * so {@code Duration.ofDays(200_000)} formats as {@code 2562047h47m16.854775807s}.
     *
     * @param d the duration; not null
     * @return Go's text for {@code d}, clamped to Go's range
     */
    public static String format(Duration d) {
        long nanos = clampToNanos(Objects.requireNonNull(d, "d"));
        if (nanos == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder(24);
        if (nanos < 0) {
            out.append('-');
        }
        long magnitude = nanos < 0 ? -nanos : nanos;
        if (Long.compareUnsigned(magnitude, NANOS_PER_SECOND) < 0) {
            appendBelowOneSecond(out, magnitude);
        } else {
            appendAtLeastOneSecond(out, magnitude);
        }
        return out.toString();
    }

    /**
     * Parses a duration as Go's {@code time.ParseDuration} does: an optional sign followed by one or more
     * decimal numbers, each with an optional fraction and a required unit ({@code ns}, {@code us}, {@code µs}
     * (U+00B5), {@code μs} (U+03BC), {@code ms}, {@code s}, {@code m}, {@code h}), such as {@code 300ms},
     * {@code -1.5h} or {@code 2h45m}; a lone {@code 0} (optionally signed) is also valid. Fractions are converted
     * with the same floating-point steps as Go, so results match to the nanosecond.
     *
     * @param s the text; not null
     * @return the duration, within Go's range
     * @throws IllegalArgumentException with Go's message: {@code time: invalid duration "<s>"} (malformed text or
     *     a value outside Go's range), {@code time: missing unit in duration "<s>"} or
     *     {@code time: unknown unit "<unit>" in duration "<s>"}, where the quoted text is escaped as Go does
     *     (non-ASCII and control characters as {@code \xNN} per UTF-8 byte)
     */
    public static Duration parse(String s) {
        return Duration.ofNanos(new Parser(Objects.requireNonNull(s, "s")).parse());
    }

    private static long clampToNanos(Duration d) {
        if (d.compareTo(MAX) > 0) {
            return Long.MAX_VALUE;
        }
        if (d.compareTo(MIN) < 0) {
            return Long.MIN_VALUE;
        }
        return d.toNanos();
    }

    /** Appends to one builder, with no string concatenation: {@code status} formats a duration per migration. */
    private static void appendBelowOneSecond(StringBuilder out, long nanos) {
        if (nanos < NANOS_PER_MICRO) {
            out.append(nanos).append("ns");
        } else if (nanos < NANOS_PER_MILLI) {
            appendWithFraction(out, nanos, NANOS_PER_MICRO, 3).append('\u00b5').append('s');
        } else {
            appendWithFraction(out, nanos, NANOS_PER_MILLI, 6).append("ms");
        }
    }

    /** Appends an unsigned magnitude of at least one second, which may be 2<sup>63</sup>. */
    private static void appendAtLeastOneSecond(StringBuilder out, long nanos) {
        long totalSeconds = Long.divideUnsigned(nanos, NANOS_PER_SECOND);
        long fraction = Long.remainderUnsigned(nanos, NANOS_PER_SECOND);
        long totalMinutes = totalSeconds / 60;
        long hours = totalMinutes / 60;
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (totalMinutes > 0) {
            out.append(totalMinutes % 60).append('m');
        }
        appendWithFraction(out, totalSeconds % 60 * NANOS_PER_SECOND + fraction, NANOS_PER_SECOND, 9).append('s');
    }

    /** Appends {@code value / unit} in decimal with up to {@code digits} fractional digits, trailing zeros removed. */
    private static StringBuilder appendWithFraction(StringBuilder out, long value, long unit, int digits) {
        out.append(value / unit);
        long fraction = value % unit;
        if (fraction == 0) {
            return out;
        }
        int shown = digits;
        while (fraction % 10 == 0) {
            fraction /= 10;
            shown--;
        }
        out.append('.');
        for (int zeros = shown - digitCount(fraction); zeros > 0; zeros--) {
            out.append('0');
        }
        return out.append(fraction);
    }

    private static int digitCount(long positive) {
        int count = 1;
        for (long rest = positive; rest >= 10; rest /= 10) {
            count++;
        }
        return count;
    }

    /** Go's {@code time.quote}: ASCII printable text kept, other characters as {@code \xNN} per UTF-8 byte. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> appendQuoted(out, cp));
        return out.append('"').toString();
    }

    private static void appendQuoted(StringBuilder out, int codePoint) {
        if (codePoint < ' ' || codePoint >= 0x80) {
            for (byte b : Character.toString(codePoint).getBytes(StandardCharsets.UTF_8)) {
                out.append("\\x").append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
            }
            return;
        }
        if (codePoint == '"' || codePoint == '\\') {
            out.append('\\');
        }
        out.append((char) codePoint);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * One run of {@code time.ParseDuration} over {@code text}. Magnitudes are unsigned 64-bit values that may reach
     * 2<sup>63</sup>, as in Go.
     */
    private static final class Parser {
        private final String text;
        private int pos;
        private long fraction;
        private double scale;

        Parser(String text) {
            this.text = text;
        }

        long parse() {
            boolean negative = false;
            if (!text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
                negative = text.charAt(0) == '-';
                pos = 1;
            }
            if (text.startsWith("0", pos) && pos + 1 == text.length()) {
                return 0;
            }
            if (pos == text.length()) {
                throw invalid();
            }
            long total = 0;
            while (pos < text.length()) {
                total += component();
                if (Long.compareUnsigned(total, TWO_TO_63) > 0) {
                    throw invalid();
                }
            }
            return signed(total, negative);
        }

        private long signed(long magnitude, boolean negative) {
            if (negative) {
                return -magnitude;
            }
            if (magnitude < 0) {
                throw invalid();
            }
            return magnitude;
        }

        /** Reads one {@code [0-9]*(\.[0-9]*)?unit} and returns its nanoseconds. */
        private long component() {
            char first = text.charAt(pos);
            if (first != '.' && !isDigit(first)) {
                throw invalid();
            }
            int start = pos;
            long whole = leadingInt();
            boolean hasWhole = pos != start;
            boolean hasFraction = false;
            fraction = 0;
            scale = 1;
            if (pos < text.length() && text.charAt(pos) == '.') {
                int fractionStart = ++pos;
                leadingFraction();
                hasFraction = pos != fractionStart;
            }
            if (!hasWhole && !hasFraction) {
                throw invalid();
            }
            return inUnit(whole, unit());
        }

        private long inUnit(long whole, long unit) {
            if (Long.compareUnsigned(whole, Long.divideUnsigned(TWO_TO_63, unit)) > 0) {
                throw invalid();
            }
            long nanos = whole * unit;
            if (fraction != 0) {
                nanos += (long) (unsignedToDouble(fraction) * ((double) unit / scale));
                if (Long.compareUnsigned(nanos, TWO_TO_63) > 0) {
                    throw invalid();
                }
            }
            return nanos;
        }

        private long unit() {
            int start = pos;
            while (pos < text.length() && text.charAt(pos) != '.' && !isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                throw new IllegalArgumentException("time: missing unit in duration " + quote(text));
            }
            String name = text.substring(start, pos);
            Long unit = UNITS.get(name);
            if (unit == null) {
                throw new IllegalArgumentException(
                        "time: unknown unit " + quote(name) + " in duration " + quote(text));
            }
            return unit;
        }

        private long leadingInt() {
            long x = 0;
            for (; pos < text.length() && isDigit(text.charAt(pos)); pos++) {
                if (Long.compareUnsigned(x, Long.divideUnsigned(TWO_TO_63, 10)) > 0) {
                    throw invalid();
                }
                x = x * 10 + (text.charAt(pos) - '0');
                if (Long.compareUnsigned(x, TWO_TO_63) > 0) {
                    throw invalid();
                }
            }
            return x;
        }

        /** Reads fraction digits into {@link #fraction} and {@link #scale}, ignoring digits beyond 63 bits. */
        private void leadingFraction() {
            boolean overflow = false;
            for (; pos < text.length() && isDigit(text.charAt(pos)); pos++) {
                if (overflow) {
                    continue;
                }
                if (Long.compareUnsigned(fraction, Long.MAX_VALUE / 10) > 0) {
                    overflow = true;
                    continue;
                }
                long next = fraction * 10 + (text.charAt(pos) - '0');
                if (Long.compareUnsigned(next, TWO_TO_63) > 0) {
                    overflow = true;
                    continue;
                }
                fraction = next;
                scale *= 10;
            }
        }

        private static double unsignedToDouble(long value) {
            if (value >= 0) {
                return value;
            }
            return ((value >>> 1) | (value & 1)) * 2.0;
        }

        private IllegalArgumentException invalid() {
            return new IllegalArgumentException("time: invalid duration " + quote(text));
        }
    }
}
