package org.iprhotline.hotline.agency;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * A month as staff write it in an address: a four-digit year and a two-digit month, 2026-11.
 * {@link YearMonth#parse} alone also takes signed years of up to nine digits: the month after
 * +999999999-12 cannot be made (the figures answered it with a server error), and PostgreSQL's
 * timestamps end in the year 294276.
 */
public final class Months {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private Months() {
    }

    /** The month written, or empty when it is not YYYY-MM with a year from 0001 to 9999. */
    public static Optional<YearMonth> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            YearMonth month = YearMonth.parse(text, FORMAT);
            return month.getYear() < 1 ? Optional.empty() : Optional.of(month);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
