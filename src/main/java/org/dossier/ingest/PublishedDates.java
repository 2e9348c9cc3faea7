package org.dossier.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as pages and feeds write them, reduced to an ISO date (YYYY-MM-DD). */
public final class PublishedDates {
    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:$|[T ])");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));

    private PublishedDates() {}

    /** The date, or null when {@code raw} is blank or not a date this understands. */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
        try {
            // The date where it was published: 2025-05-15T23:30-04:00 is the 15th.
            return OffsetDateTime.parse(s).toLocalDate().toString();
        } catch (DateTimeParseException ignored) {
            // not a full timestamp
        }
        Matcher m = ISO_PREFIX.matcher(s);
        if (m.find()) return parseIso(m.group(1));
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return f == DateTimeFormatter.RFC_1123_DATE_TIME
                        ? ZonedDateTime.parse(s, f).toLocalDate().toString()
                        : LocalDate.parse(s, f).toString();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }

    private static String parseIso(String date) {
        try {
            return LocalDate.parse(date).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
