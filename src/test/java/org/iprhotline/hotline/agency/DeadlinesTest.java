package org.iprhotline.hotline.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Deadlines with the calendar in the jar, which covers 2026 only. */
class DeadlinesTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Deadlines deadlines = new Deadlines(new DeadlineConfig() {
        public int acceptWorkingDays() {
            return 15;
        }

        public int feedbackDays() {
            return 90;
        }

        public int complexFeedbackDays() {
            return 120;
        }

        public int referralAnswerDays() {
            return 3;
        }

        public java.time.Duration escalateAfter() {
            return java.time.Duration.ofDays(30);
        }

        public Optional<Path> calendarFile() {
            return Optional.empty();
        }

        public ZoneId zone() {
            return BEIJING;
        }

        public Map<String, AgencyDeadline> agencies() {
            return Map.of();
        }
    });

    private static Instant at(String date) {
        return java.time.LocalDate.parse(date).atTime(10, 0).atZone(BEIJING).toInstant();
    }

    @Test
    void publicSecurityAnswersAReferralByTheEndOfTheThirdCalendarDay() {
        // Referred on Friday 25 December 2026: the weekend counts, so the answer is due as Monday 28 ends.
        assertThat(deadlines.referralAnswerBy(at("2026-12-25"))).isEqualTo(at("2026-12-29").minusSeconds(10 * 3600));
    }

    @Test
    void aDeadlineInsideTheCoveredYearIsFirm() {
        // Routed on Monday 2 November 2026: fifteen working days end on Monday 23 November.
        Instant due = deadlines.acceptBy("SAMR", at("2026-11-02"));
        assertThat(due).isEqualTo(at("2026-11-24").minusSeconds(10 * 3600));
        assertThat(deadlines.provisional(due)).isFalse();
    }

    @Test
    void aDeadlineThatFallsInAYearTheCalendarDoesNotKnowIsProvisional() {
        // Routed on Friday 11 December 2026: the deadline falls in January 2027, whose holidays
        // (New Year) the calendar does not list yet.
        Instant due = deadlines.acceptBy("SAMR", at("2026-12-11"));
        assertThat(due).isAfter(at("2026-12-31"));
        assertThat(deadlines.provisional(due)).isTrue();
        // The last moment of 31 December is still covered.
        assertThat(deadlines.provisional(at("2027-01-01").minusSeconds(10 * 3600))).isFalse();
        assertThat(deadlines.calendarCoveredUntil()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
    }

    @Test
    void aMonthlyReportIsDueOnTheLastWorkingDayBeforeTheFifteenth() {
        // January's report: 15 February 2026 falls in the Spring Festival; Saturday 14 February is worked.
        assertThat(deadlines.reportDueBy(java.time.YearMonth.of(2026, 1))).isEqualTo(endOf("2026-02-14"));
        // May's: 15 June is a Monday, so the Friday before.
        assertThat(deadlines.reportDueBy(java.time.YearMonth.of(2026, 5))).isEqualTo(endOf("2026-06-12"));
        assertThat(deadlines.reportDueBy(java.time.YearMonth.of(2026, 3))).isEqualTo(endOf("2026-04-14"));
        // December's falls in 2027, which the calendar does not cover yet.
        Instant december = deadlines.reportDueBy(java.time.YearMonth.of(2026, 12));
        assertThat(december).isEqualTo(endOf("2027-01-14"));
        assertThat(deadlines.provisional(december)).isTrue();
        assertThat(deadlines.provisional(deadlines.reportDueBy(java.time.YearMonth.of(2026, 11)))).isFalse();
    }

    @Test
    void aReminderDateCountsWorkingDaysBackFromTheDueDay() {
        // Three working days before Saturday 14 February 2026 (worked): Wednesday 11 February.
        assertThat(deadlines.workingDaysBefore(endOf("2026-02-14"), 3))
                .isEqualTo(java.time.LocalDate.parse("2026-02-11").atStartOfDay(BEIJING).toInstant());
        // Three working days before Wednesday 14 October 2026: Tuesday 13, Monday 12, and the worked
        // Saturday 10 October.
        assertThat(deadlines.workingDaysBefore(endOf("2026-10-14"), 3))
                .isEqualTo(java.time.LocalDate.parse("2026-10-10").atStartOfDay(BEIJING).toInstant());
    }

    private static Instant endOf(String date) {
        return java.time.LocalDate.parse(date).plusDays(1).atStartOfDay(BEIJING).toInstant();
    }
}
