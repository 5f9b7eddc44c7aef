package org.iprhotline.hotline.agency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.Wellness;

/**
 * The holiday calendar's coverage in {@code /q/health} (wellness: it never stops traffic): DOWN,
 * as a warning to operators, from 60 days before its last covered day, when acceptance deadlines
 * start to fall in a year whose holidays it does not know. README: "Adding a year". The same days
 * as the gauge {@code ipr_holiday_calendar_days_left}, so that an alert tells someone: nobody
 * reads a wellness check that never stops traffic.
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

    void register(@Observes StartupEvent startup, MeterRegistry registry) {
        Gauge.builder("ipr.holiday.calendar.days.left", this, CalendarCheck::daysLeft).strongReference(true)
                .description("Days until the last day whose holidays the calendar knows (negative once past it)")
                .register(registry);
    }

    private long daysLeft() {
        return ChronoUnit.DAYS.between(LocalDate.now(clock), deadlines.calendarCoveredUntil());
    }

    @Override
    public HealthCheckResponse call() {
        LocalDate until = deadlines.calendarCoveredUntil();
        long daysLeft = daysLeft();
        return HealthCheckResponse.named("holiday-calendar")
                .status(daysLeft >= WARN_DAYS_BEFORE)
                .withData("covered-until", until.toString())
                .withData("days-left", daysLeft)
                .withData("action", daysLeft >= WARN_DAYS_BEFORE ? "none"
                        : "add the next year's holidays to the calendar (IPR_DEADLINES_CALENDAR_FILE)")
                .build();
    }
}
