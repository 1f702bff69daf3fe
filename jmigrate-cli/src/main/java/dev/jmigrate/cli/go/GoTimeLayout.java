package dev.jmigrate.cli.go;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's {@code time.Time.Format(layout)}: a layout is an example rendering of Go's reference time
 * {@code Mon Jan 2 15:04:05 MST 2006}, whose parts are replaced by the matching parts of the time being
 * formatted. golang-migrate's {@code create -format} takes such a layout; its default is
 * {@link #MIGRATION_VERSION_LAYOUT}.
 */
public final class GoTimeLayout {

    /** The layout golang-migrate's {@code create} uses for timestamp versions when none is given. */
    public static final String MIGRATION_VERSION_LAYOUT = "20060102150405";

    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);
    private static final Pattern OFFSET_NAME = Pattern.compile("(?:GMT|UTC)([+-])(\\d\\d):(\\d\\d)");

    private static final String[] NUMERIC_ZONES = {"-070000", "-07:00:00", "-0700", "-07:00", "-07"};
    private static final String[] ISO_ZONES = {"Z070000", "Z07:00:00", "Z0700", "Z07:00", "Z07"};

    private GoTimeLayout() {
    }

    /**
     * Formats {@code t} as Go's {@code t.Format(layout)} does. The layout is scanned left to right with Go's
     * rules, and these reference-time tokens are replaced:
     * <ul>
     *   <li>year {@code 2006}, {@code 06}; month {@code January}, {@code Jan}, {@code 01}, {@code 1};
     *       day {@code 02}, {@code _2} (space-padded), {@code 2}; day of year {@code 002}, {@code __2};
     *       weekday {@code Monday}, {@code Mon};</li>
     *   <li>hour {@code 15}, {@code 03}, {@code 3}; minute {@code 04}, {@code 4}; second {@code 05}, {@code 5};
     *       {@code PM}, {@code pm};</li>
     *   <li>zone {@code MST} (abbreviation) and offsets {@code -0700}, {@code -07:00}, {@code -07},
     *       {@code -070000}, {@code -07:00:00}, with {@code Z} variants ({@code Z07:00} etc.) that print
     *       {@code Z} for a zero offset;</li>
     *   <li>fractional seconds {@code .000} or {@code ,000} (exactly that many digits) and {@code .999} or
     *       {@code ,999} (trailing zeros and, for a zero fraction, the separator dropped), when the run of
     *       {@code 0}s or {@code 9}s is not followed by another digit.</li>
     * </ul>
     * As in Go, {@code Jan} and {@code Mon} are tokens only when not followed by a lower-case letter, and every
     * {@code 1}, {@code 2}, {@code 3}, {@code 4} and {@code 5} that does not start a longer token is one. All
     * other text is copied unchanged; an invalid layout never fails, it just yields odd text.
     *
     * <p>{@code MST} prints the zone's English abbreviation from the JDK's time-zone names: {@code UTC} for
     * {@link ZoneOffset#UTC}, and for other fixed offsets (which Go names {@code ""}) the {@code -0700} form.
     * Where the JDK has only a {@code GMT+hh:mm} name, tzdata's numeric style ({@code +04}, {@code +0530}) is
     * used. Go reads abbreviations from tzdata, so the two can differ for zones that tzdata abbreviates
     * numerically but the JDK by name (e.g. {@code America/Sao_Paulo}: Go {@code -03}, here {@code BRT}).
     *
     * @param t the time; not null
     * @param layout a Go layout; not null
     * @return the formatted time
     */
    public static String format(ZonedDateTime t, String layout) {
        Objects.requireNonNull(t, "t");
        Objects.requireNonNull(layout, "layout");
        StringBuilder out = new StringBuilder(layout.length() + 10);
        int i = 0;
        while (i < layout.length()) {
            Chunk chunk = chunkAt(layout, i);
            if (chunk == null) {
                out.append(layout.charAt(i));
                i++;
            } else {
                chunk.field().append(out, t);
                i += chunk.length();
            }
        }
        return out.toString();
    }

    /** Renders one part of a time. */
    @FunctionalInterface
    private interface Field {
        void append(StringBuilder out, ZonedDateTime t);
    }

    /** A token of {@code length} layout characters and the field it stands for. */
    private record Chunk(int length, Field field) {
    }

    /** The token starting at {@code i}, or null if the character there is literal text. */
    private static Chunk chunkAt(String layout, int i) {
        return switch (layout.charAt(i)) {
            case 'J' -> monthName(layout, i);
            case 'M' -> weekdayOrZoneName(layout, i);
            case '0' -> zeroPrefixed(layout, i);
            case '1' -> layout.startsWith("15", i)
                    ? new Chunk(2, (out, t) -> appendInt(out, t.getHour(), 2))
                    : new Chunk(1, (out, t) -> appendInt(out, t.getMonthValue(), 0));
            case '2' -> layout.startsWith("2006", i)
                    ? new Chunk(4, (out, t) -> appendInt(out, t.getYear(), 4))
                    : new Chunk(1, (out, t) -> appendInt(out, t.getDayOfMonth(), 0));
            case '_' -> underscored(layout, i);
            case '3' -> new Chunk(1, (out, t) -> appendInt(out, hour12(t), 0));
            case '4' -> new Chunk(1, (out, t) -> appendInt(out, t.getMinute(), 0));
            case '5' -> new Chunk(1, (out, t) -> appendInt(out, t.getSecond(), 0));
            case 'P' -> layout.startsWith("PM", i)
                    ? new Chunk(2, (out, t) -> out.append(t.getHour() >= 12 ? "PM" : "AM"))
                    : null;
            case 'p' -> layout.startsWith("pm", i)
                    ? new Chunk(2, (out, t) -> out.append(t.getHour() >= 12 ? "pm" : "am"))
                    : null;
            case '-' -> offset(layout, i, NUMERIC_ZONES, false);
            case 'Z' -> offset(layout, i, ISO_ZONES, true);
            case '.', ',' -> fraction(layout, i);
            default -> null;
        };
    }

    private static Chunk monthName(String layout, int i) {
        if (layout.startsWith("January", i)) {
            return new Chunk(7, (out, t) -> out.append(englishName(t.getMonth().name())));
        }
        if (layout.startsWith("Jan", i) && !startsWithLowerCase(layout, i + 3)) {
            return new Chunk(3, (out, t) -> out.append(englishName(t.getMonth().name()), 0, 3));
        }
        return null;
    }

    private static Chunk weekdayOrZoneName(String layout, int i) {
        if (layout.startsWith("Monday", i)) {
            return new Chunk(6, (out, t) -> out.append(englishName(t.getDayOfWeek().name())));
        }
        if (layout.startsWith("Mon", i) && !startsWithLowerCase(layout, i + 3)) {
            return new Chunk(3, (out, t) -> out.append(englishName(t.getDayOfWeek().name()), 0, 3));
        }
        if (layout.startsWith("MST", i)) {
            return new Chunk(3, GoTimeLayout::appendZoneName);
        }
        return null;
    }

    /** {@code 01} to {@code 06} and {@code 002}. */
    private static Chunk zeroPrefixed(String layout, int i) {
        char next = i + 1 < layout.length() ? layout.charAt(i + 1) : 0;
        return switch (next) {
            case '1' -> new Chunk(2, (out, t) -> appendInt(out, t.getMonthValue(), 2));
            case '2' -> new Chunk(2, (out, t) -> appendInt(out, t.getDayOfMonth(), 2));
            case '3' -> new Chunk(2, (out, t) -> appendInt(out, hour12(t), 2));
            case '4' -> new Chunk(2, (out, t) -> appendInt(out, t.getMinute(), 2));
            case '5' -> new Chunk(2, (out, t) -> appendInt(out, t.getSecond(), 2));
            case '6' -> new Chunk(2, (out, t) -> appendInt(out, Math.abs(t.getYear()) % 100, 2));
            case '0' -> layout.startsWith("002", i)
                    ? new Chunk(3, (out, t) -> appendInt(out, t.getDayOfYear(), 3))
                    : null;
            default -> null;
        };
    }

    /** {@code _2} and {@code __2}; in {@code _2006} the underscore is literal and {@code 2006} the year. */
    private static Chunk underscored(String layout, int i) {
        if (layout.startsWith("_2", i) && !layout.startsWith("_2006", i)) {
            return new Chunk(2, (out, t) -> appendSpacePadded(out, t.getDayOfMonth(), 2));
        }
        if (layout.startsWith("__2", i)) {
            return new Chunk(3, (out, t) -> appendSpacePadded(out, t.getDayOfYear(), 3));
        }
        return null;
    }

    /** The first of {@code tokens} (in Go's order of checking) found at {@code i}. */
    private static Chunk offset(String layout, int i, String[] tokens, boolean zuluWhenZero) {
        for (String token : tokens) {
            if (layout.startsWith(token, i)) {
                boolean colon = token.indexOf(':') >= 0;
                int digits = (int) token.chars().filter(c -> c == '0' || c == '7').count();
                return new Chunk(token.length(), (out, t) -> appendOffset(out, t, zuluWhenZero, colon, digits));
            }
        }
        return null;
    }

    /** A run of {@code 0}s or {@code 9}s after {@code .} or {@code ,} that no further digit follows. */
    private static Chunk fraction(String layout, int i) {
        if (i + 1 >= layout.length() || (layout.charAt(i + 1) != '0' && layout.charAt(i + 1) != '9')) {
            return null;
        }
        char digit = layout.charAt(i + 1);
        int end = i + 1;
        while (end < layout.length() && layout.charAt(end) == digit) {
            end++;
        }
        if (end < layout.length() && isDigit(layout.charAt(end))) {
            return null;
        }
        char separator = layout.charAt(i);
        int digits = end - i - 1;
        boolean trim = digit == '9';
        return new Chunk(end - i, (out, t) -> appendFraction(out, t.getNano(), separator, digits, trim));
    }

    private static void appendFraction(StringBuilder out, int nanos, char separator, int digits, boolean trim) {
        String kept = zeroPadded(nanos, 9).substring(0, Math.min(digits, 9));
        if (trim) {
            kept = kept.replaceFirst("0+$", "");
        }
        if (!kept.isEmpty()) {
            out.append(separator).append(kept);
        }
    }

    /**
     * Go's numeric zone offset: sign, hours, then minutes and seconds as {@code digits} (2, 4 or 6) asks, with
     * colons between them if {@code colon}. Offsets within a minute of zero behave as in Go.
     */
    private static void appendOffset(StringBuilder out, ZonedDateTime t, boolean zuluWhenZero, boolean colon,
            int digits) {
        int offset = t.getOffset().getTotalSeconds();
        if (offset == 0 && zuluWhenZero) {
            out.append('Z');
            return;
        }
        int minutes = offset / 60;
        int seconds = offset;
        if (minutes < 0) {
            out.append('-');
            minutes = -minutes;
            seconds = -seconds;
        } else {
            out.append('+');
        }
        appendInt(out, minutes / 60, 2);
        if (digits >= 4) {
            out.append(colon ? ":" : "");
            appendInt(out, minutes % 60, 2);
        }
        if (digits == 6) {
            out.append(colon ? ":" : "");
            appendInt(out, seconds % 60, 2);
        }
    }

    private static void appendZoneName(StringBuilder out, ZonedDateTime t) {
        String name = zoneName(t);
        if (!name.isEmpty()) {
            out.append(name);
            return;
        }
        int minutes = t.getOffset().getTotalSeconds() / 60;
        out.append(minutes < 0 ? '-' : '+');
        appendInt(out, Math.abs(minutes) / 60, 2);
        appendInt(out, Math.abs(minutes) % 60, 2);
    }

    /** The zone abbreviation Go would print, or {@code ""} for an unnamed fixed offset. */
    private static String zoneName(ZonedDateTime t) {
        if (t.getZone() instanceof ZoneOffset) {
            return t.getZone().equals(ZoneOffset.UTC) ? "UTC" : "";
        }
        String name = ZONE_NAME.format(t);
        Matcher numeric = OFFSET_NAME.matcher(name);
        if (!numeric.matches()) {
            return name;
        }
        String minutes = numeric.group(3).equals("00") ? "" : numeric.group(3);
        return numeric.group(1) + numeric.group(2) + minutes;
    }

    private static int hour12(ZonedDateTime t) {
        int hour = t.getHour() % 12;
        return hour == 0 ? 12 : hour;
    }

    /** Go's {@code appendInt}: a {@code -} for negative values, then at least {@code width} digits. */
    private static void appendInt(StringBuilder out, int value, int width) {
        if (value < 0) {
            out.append('-');
        }
        out.append(zeroPadded(Math.abs(value), width));
    }

    private static void appendSpacePadded(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        out.append(" ".repeat(Math.max(0, width - digits.length()))).append(digits);
    }

    private static String zeroPadded(int value, int width) {
        String digits = Integer.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    /** {@code JANUARY} → {@code January}. */
    private static String englishName(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWithLowerCase(String s, int i) {
        return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
