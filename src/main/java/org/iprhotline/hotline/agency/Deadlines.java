package org.iprhotline.hotline.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

import org.iprhotline.hotline.background.StartOrder;

/**
 * When an agency must have accepted a tip, and given feedback on it. Built at start: a calendar
 * that cannot be read stops the service with the reason and line.
 */
@Startup(StartOrder.CHECKS)
@ApplicationScoped
public class Deadlines {

    private final DeadlineConfig config;
    private final WorkingDays workingDays;

    Deadlines(DeadlineConfig config) {
        this.config = config;
        this.workingDays = load(config);
    }

    /** The end of the last day the agency has to accept a tip routed to it at {@code routedAt}. */
    public Instant acceptBy(String agency, Instant routedAt) {
        // Agency codes are matched ignoring case: environment variables may lower-case the map keys.
        int days = config.agencies().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(agency))
                .map(entry -> entry.getValue().acceptWorkingDays())
                .filter(java.util.OptionalInt::isPresent)
                .map(java.util.OptionalInt::getAsInt)
                .findFirst()
                .orElse(config.acceptWorkingDays());
        return endOf(workingDays.plus(LocalDate.ofInstant(routedAt, config.zone()), days));
    }

    /** The fewest working days any agency has to accept a tip. */
    public int shortestAcceptWorkingDays() {
        return config.agencies().values().stream()
                .map(DeadlineConfig.AgencyDeadline::acceptWorkingDays)
                .filter(java.util.OptionalInt::isPresent)
                .mapToInt(java.util.OptionalInt::getAsInt)
                .reduce(config.acceptWorkingDays(), Math::min);
    }

    public Instant feedbackBy(Instant acceptedAt, boolean complex) {
        return endOf(LocalDate.ofInstant(acceptedAt, config.zone())
                .plusDays(complex ? config.complexFeedbackDays() : config.feedbackDays()));
    }

    /** The end of the last day public security has to answer a referral made at {@code referredAt}. */
    public Instant referralAnswerBy(Instant referredAt) {
        return endOf(LocalDate.ofInstant(referredAt, config.zone()).plusDays(config.referralAnswerDays()));
    }

    /**
     * When the monthly progress report for {@code month} is due: by the end of the last working day
     * before the 15th of the next month.
     */
    public Instant reportDueBy(YearMonth month) {
        return endOf(workingDays.workingDayBefore(month.plusMonths(1).atDay(15)));
    }

    /** The start of the working day {@code days} working days before the day {@code due} ends. */
    public Instant workingDaysBefore(Instant due, int days) {
        LocalDate day = LocalDate.ofInstant(due.minusNanos(1), config.zone());
        for (int i = 0; i < days; i++) {
            day = workingDays.workingDayBefore(day);
        }
        return day.atStartOfDay(config.zone()).toInstant();
    }

    public ZoneId zone() {
        return config.zone();
    }

    /**
     * Whether a deadline falls after the years the holiday calendar covers: its working days were
     * counted without that year's holidays, so it may move once the year is added.
     */
    public boolean provisional(Instant due) {
        return !workingDays.covers(LocalDate.ofInstant(due.minusNanos(1), config.zone()));
    }

    /** The last day whose holidays the calendar knows. */
    public LocalDate calendarCoveredUntil() {
        return workingDays.coveredUntil();
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(config.zone()).toInstant();
    }

    private static WorkingDays load(DeadlineConfig config) {
        String source = config.calendarFile().map(Object::toString).orElse("classpath:deadlines/calendar.txt");
        try (InputStream in = config.calendarFile().isPresent() ? Files.newInputStream(config.calendarFile().get())
                : Deadlines.class.getResourceAsStream("/deadlines/calendar.txt")) {
            return WorkingDays.read(in, source);
        } catch (IOException e) {
            throw new UncheckedIOException("the holiday calendar cannot be read", e);
        }
    }
}
