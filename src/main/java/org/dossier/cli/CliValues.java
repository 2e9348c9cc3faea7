package org.dossier.cli;

import org.dossier.lang.Languages;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Converters for option values that picocli would otherwise refuse with a Java exception's text
 * ("cannot convert '2025-99-99' to LocalDate (java.time.format.DateTimeParseException: ..."), or
 * accept when they make no sense (a limit of -5). picocli prefixes the option's name.
 */
final class CliValues {
    private CliValues() {}

    /** A calendar date, YYYY-MM-DD; registered for every {@link LocalDate} option. */
    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date; use YYYY-MM-DD, e.g. 2025-05-15");
        }
    }

    /** A count of one or more: how many rows, articles or results. */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= 1) return n;
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new TypeConversionException("'" + value + "' is not a count; give a whole number of 1 or more");
        }
    }

    /** A language's ISO 639-1 code ("en"; "EN" and "en-GB" read as "en"), for {@code --lang}. */
    static final class Language implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String code = Languages.code(value);
            if (code == null) throw new TypeConversionException(Languages.problemWith(value));
            return code;
        }
    }
}
