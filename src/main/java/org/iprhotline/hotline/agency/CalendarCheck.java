package org.iprhotline.hotline.agency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.Wellness;

/**
 * The holiday calendar's coverage in {@code /q/health} (wellness: it never stops traffic): DOWN,
 * as a warning to operators, from 60 days before its last covered day, when acceptance deadlines
 * start to fall in a year whose holidays it does not know. README: "Adding a year".
 */
@Wellness
@ApplicationScoped
public class CalendarCheck implements HealthCheck {

    static final int WARN_DAYS_BEFORE = 60;

    private final Deadlines deadlines;
    private final Clock clock;

    CalendarCheck(Deadlines deadlines, DeadlineConfig config) {
        this.deadlines = deadlines;
        this.clock = Clock.system(config.zone());
    }

    @Override
    public HealthCheckResponse call() {
        LocalDate until = deadlines.calendarCoveredUntil();
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(clock), until);
        return HealthCheckResponse.named("holiday-calendar")
                .status(daysLeft >= WARN_DAYS_BEFORE)
                .withData("covered-until", until.toString())
                .withData("days-left", daysLeft)
                .withData("action", daysLeft >= WARN_DAYS_BEFORE ? "none"
                        : "add the next year's holidays to the calendar (IPR_DEADLINES_CALENDAR_FILE)")
                .build();
    }
}
