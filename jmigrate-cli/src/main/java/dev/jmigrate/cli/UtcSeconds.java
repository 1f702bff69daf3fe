package dev.jmigrate.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * An instant in UTC to the second, as {@link DateTimeFormatter#ISO_INSTANT} prints it once truncated to seconds
 * ({@code 2024-01-31T23:59:59Z}). Years 0 to 9999 are written digit by digit: {@code status} prints one instant per
 * migration, and the formatter cost more than the rest of a row.
 */
final class UtcSeconds {
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    private UtcSeconds() {
    }

    static String format(Instant at) {
        long day = Math.floorDiv(at.getEpochSecond(), SECONDS_PER_DAY);
        if (day < FIRST_DAY || day > LAST_DAY) {
            return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
        }
        LocalDate date = LocalDate.ofEpochDay(day);
        int second = (int) Math.floorMod(at.getEpochSecond(), SECONDS_PER_DAY);
        char[] text = "0000-00-00T00:00:00Z".toCharArray();
        digits(text, 0, date.getYear(), 4);
        digits(text, 5, date.getMonthValue(), 2);
        digits(text, 8, date.getDayOfMonth(), 2);
        digits(text, 11, second / 3600, 2);
        digits(text, 14, second / 60 % 60, 2);
        digits(text, 17, second % 60, 2);
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        int rest = value;
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }
}
