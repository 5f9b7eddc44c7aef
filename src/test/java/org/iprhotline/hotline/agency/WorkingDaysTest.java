package org.iprhotline.hotline.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static WorkingDays calendar(String text) throws Exception {
        return WorkingDays.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test calendar");
    }

    private static String refusal(String text) {
        return assertThatThrownBy(() -> calendar(text)).isInstanceOf(WorkingDays.InvalidCalendarException.class)
                .actual().getMessage();
    }

    @Test
    void aMistypedWordStopsTheCalendarWithItsLineInsteadOfBecomingAHoliday() {
        assertThat(refusal("covers 2026\n2026-10-01 holiday\n2026-10-10 wrokday\n"))
                .isEqualTo("test calendar, line 3: 'wrokday' is neither 'holiday' nor 'workday'");
        assertThat(refusal("covers 2026\n2026-13-01 holiday\n")).contains("line 2", "not a date");
        assertThat(refusal("covers 2026\n2027-01-01 holiday\n")).contains("line 2", "outside the years");
        assertThat(refusal("2026-10-01 holiday\n")).contains("line 1", "'covers' line must come before");
        assertThat(refusal("# nothing\n")).contains("no 'covers <year>' line");
        assertThat(refusal("covers 2026\n2026-10-01 holiday extra\n")).contains("line 2");
        assertThat(refusal("covers 2026\n2026-10-10 workday\n2026-10-10 holiday\n")).contains("both");
    }

    @Test
    void theCalendarSaysWhatItCovers() throws Exception {
        WorkingDays days = calendar("covers 2026-2027  # two years\n2027-02-08 holiday\n");
        assertThat(days.coveredUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(days.covers(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(days.covers(LocalDate.of(2028, 1, 1))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
    }

    @Test
    void weekendsAreNotCounted() throws Exception {
        WorkingDays days = calendar("covers 2026\n");
        // Friday 2026-11-20 + 1 working day = Monday 2026-11-23; + 15 = Friday 2026-12-11.
        assertThat(days.plus(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(days.plus(LocalDate.of(2026, 11, 20), 15)).isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void holidaysAreSkippedAndAdjustedWeekendDaysCount() throws Exception {
        WorkingDays days = WorkingDays.read(WorkingDays.class.getResourceAsStream("/deadlines/calendar.txt"), "calendar.txt");
        // Routed on Wednesday 30 September 2026: 1-7 October are holidays, Saturday 10 October is worked.
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(days.plus(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(days.plus(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(days.plus(LocalDate.of(2026, 9, 30), 15)).isEqualTo(LocalDate.of(2026, 10, 27));
    }
}
