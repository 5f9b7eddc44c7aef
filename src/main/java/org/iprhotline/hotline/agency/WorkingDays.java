package org.iprhotline.hotline.agency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Counts working days: Monday to Friday, less public holidays, plus weekend days worked in their place. */
public final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    private WorkingDays(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.holidays = holidays;
        this.workdays = workdays;
    }

    /** Reads a calendar: "2026-10-01 holiday" or "2026-10-10 workday" per line, # for comments. */
    public static WorkingDays read(InputStream calendar) throws IOException {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(calendar, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                LocalDate date = LocalDate.parse(parts[0]);
                if (parts.length > 1 && parts[1].equals("workday")) {
                    workdays.add(date);
                } else {
                    holidays.add(date);
                }
            }
        }
        return new WorkingDays(Set.copyOf(holidays), Set.copyOf(workdays));
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
}
