package dev.ascent.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write times and dates: ISO-like, unambiguous, and in UTC (as the API does). */
public final class PageFormat {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private PageFormat() {
    }

    public static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public static String day(Instant instant) {
        return instant == null ? "" : instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    public static String day(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** "3 May 2027 – 30 June 2027", an open end, or "" without dates. */
    public static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        if (to == null) {
            return "from " + day(from);
        }
        return from == null ? "until " + day(to) : day(from) + " to " + day(to);
    }
}
