package org.iprhotline.hotline.agency;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Drafts last month's reports (on the 1st, or at the first run after it when the service was down),
 * then reminds and escalates the missing ones. Hourly on Quartz, clustered: one instance per firing.
 * A failed run is logged and timed like every job ({@code scheduled_methods_seconds{exception}}), and
 * the next run does its work, since every step only does what is not done yet.
 */
@ApplicationScoped
class MonthlyReportJob {

    private static final Logger LOG = Logger.getLogger(MonthlyReportJob.class);

    @ConfigMapping(prefix = "ipr.reports")
    interface Config {

        /** Working days before a report is due when its agency is reminded of it. */
        @WithDefault("3")
        int remindWorkingDaysBefore();
    }

    private final MonthlyReports reports;
    private final Config config;

    MonthlyReportJob(MonthlyReports reports, Config config) {
        this.reports = reports;
        this.config = config;
    }

    @Scheduled(identity = "monthly-reports", every = "${ipr.jobs.reports-every:1h}", delayed = "${ipr.jobs.reports-delay:3m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hourly() {
        run(Instant.now());
    }

    void run(Instant now) {
        int drafted = reports.draft(reports.previousMonth(now), now);
        if (drafted > 0) {
            LOG.infof("monthly reports: %d drafted for %s", drafted, reports.previousMonth(now));
        }
        int sent = reports.remind(now, config.remindWorkingDaysBefore());
        if (sent > 0) {
            LOG.infof("monthly reports: %d reminder(s) and escalation(s) sent", sent);
        }
    }
}
