package org.iprhotline.hotline.agency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts working days: Monday to Friday, less public holidays, plus weekend days worked in their
 * place. Only the years the calendar says it covers are known; a day after them is counted as an
 * ordinary week would have it, and a deadline that falls there is provisional.
 */
public final class WorkingDays {

    /** A calendar that cannot be trusted: the line and what is wrong with it. */
    public static final class InvalidCalendarException extends IllegalArgumentException {
        InvalidCalendarException(String source, int line, String problem) {
            super(source + (line > 0 ? ", line " + line : "") + ": " + problem);
        }
    }

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    private final Year firstYear;
    private final Year lastYear;

    private WorkingDays(Set<LocalDate> holidays, Set<LocalDate> workdays, Year firstYear, Year lastYear) {
        this.holidays = holidays;
        this.workdays = workdays;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /**
     * Reads a calendar: one "covers 2026" (or "covers 2026-2027") line naming the years it holds
     * in full, then "2026-10-01 holiday" or "2026-10-10 workday" per line; # starts a comment.
     * Anything else is refused with its line number: a mistyped word must not become a holiday.
     */
    public static WorkingDays read(InputStream calendar, String source) throws IOException {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        Year firstYear = null;
        Year lastYear = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(calendar, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                int comment = line.indexOf('#');
                List<String> words = words(comment < 0 ? line : line.substring(0, comment));
                if (words.isEmpty()) {
                    continue;
                }
                if (words.get(0).equals("covers")) {
                    if (firstYear != null || words.size() != 2) {
                        throw new InvalidCalendarException(source, number, "one line 'covers <year>' or 'covers <year>-<year>' is expected");
                    }
                    Year[] years = years(words.get(1), source, number);
                    firstYear = years[0];
                    lastYear = years[1];
                    continue;
                }
                if (words.size() != 2) {
                    throw new InvalidCalendarException(source, number, "expected '<date> holiday' or '<date> workday'");
                }
                LocalDate date = date(words.get(0), source, number);
                if (firstYear == null) {
                    throw new InvalidCalendarException(source, number, "the 'covers' line must come before the dates");
                }
                if (date.getYear() < firstYear.getValue() || date.getYear() > lastYear.getValue()) {
                    throw new InvalidCalendarException(source, number, date + " is outside the years the calendar covers");
                }
                switch (words.get(1)) {
                    case "holiday" -> holidays.add(date);
                    case "workday" -> workdays.add(date);
                    default -> throw new InvalidCalendarException(source, number,
                            "'" + words.get(1) + "' is neither 'holiday' nor 'workday'");
                }
                if (holidays.contains(date) && workdays.contains(date)) {
                    throw new InvalidCalendarException(source, number, date + " is both a holiday and a workday");
                }
            }
        }
        if (firstYear == null) {
            throw new InvalidCalendarException(source, 0, "no 'covers <year>' line says which years it holds");
        }
        return new WorkingDays(Set.copyOf(holidays), Set.copyOf(workdays), firstYear, lastYear);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (workdays.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The date {@code days} working days after {@code start} (the start day itself not counted). */
    public LocalDate plus(LocalDate start, int days) {
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The last working day before {@code date} (the date itself not counted). */
    public LocalDate workingDayBefore(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Whether the calendar knows this day's holidays (its year is one it covers). */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear.getValue() && date.getYear() <= lastYear.getValue();
    }

    /** The last day the calendar covers. */
    public LocalDate coveredUntil() {
        return lastYear.atMonth(12).atEndOfMonth();
    }

    private static List<String> words(String text) {
        List<String> words = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean blank = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (!blank && start < 0) {
                start = i;
            } else if (blank && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static LocalDate date(String word, String source, int line) {
        try {
            return LocalDate.parse(word);
        } catch (DateTimeParseException e) {
            throw new InvalidCalendarException(source, line, "'" + word + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static Year[] years(String word, String source, int line) {
        int dash = word.indexOf('-');
        try {
            Year first = Year.parse(dash < 0 ? word : word.substring(0, dash));
            Year last = dash < 0 ? first : Year.parse(word.substring(dash + 1));
            if (last.isBefore(first)) {
                throw new InvalidCalendarException(source, line, "the years covered run backwards");
            }
            return new Year[] {first, last};
        } catch (DateTimeParseException e) {
            throw new InvalidCalendarException(source, line, "'" + word + "' is not a year or a range of years");
        }
    }
}
