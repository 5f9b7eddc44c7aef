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
    void aDeadlineInsideTheCoveredYearIsFirm() {
        // Routed on Monday 2 November 2026: fifteen working days end on Monday 23 November.
        Instant due = deadlines.acceptBy("SAIC", at("2026-11-02"));
        assertThat(due).isEqualTo(at("2026-11-24").minusSeconds(10 * 3600));
        assertThat(deadlines.provisional(due)).isFalse();
    }

    @Test
    void aDeadlineThatFallsInAYearTheCalendarDoesNotKnowIsProvisional() {
        // Routed on Friday 11 December 2026: the deadline falls in January 2027, whose holidays
        // (New Year) the calendar does not list yet.
        Instant due = deadlines.acceptBy("SAIC", at("2026-12-11"));
        assertThat(due).isAfter(at("2026-12-31"));
        assertThat(deadlines.provisional(due)).isTrue();
        // The last moment of 31 December is still covered.
        assertThat(deadlines.provisional(at("2027-01-01").minusSeconds(10 * 3600))).isFalse();
        assertThat(deadlines.calendarCoveredUntil()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
    }
}
