package org.iprhotline.hotline.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static WorkingDays calendar(String text) throws Exception {
        return WorkingDays.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void weekendsAreNotCounted() throws Exception {
        WorkingDays days = calendar("");
        // Friday 2026-11-20 + 1 working day = Monday 2026-11-23; + 15 = Friday 2026-12-11.
        assertThat(days.plus(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(days.plus(LocalDate.of(2026, 11, 20), 15)).isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void holidaysAreSkippedAndAdjustedWeekendDaysCount() throws Exception {
        WorkingDays days = WorkingDays.read(WorkingDays.class.getResourceAsStream("/deadlines/calendar.txt"));
        // Routed on Wednesday 30 September 2026: 1-7 October are holidays, Saturday 10 October is worked.
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(days.plus(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(days.plus(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(days.plus(LocalDate.of(2026, 9, 30), 15)).isEqualTo(LocalDate.of(2026, 10, 27));
    }
}
