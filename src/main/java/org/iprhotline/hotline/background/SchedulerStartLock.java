package org.iprhotline.hotline.background;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

import org.iprhotline.hotline.database.AdvisoryLocks;

/**
 * Replicas start their schedulers one at a time. On start the Quartz extension looks for each job's
 * trigger and stores the job when it finds none; two replicas starting together on a database that
 * holds no jobs yet can both find none, and the second to store dies with
 * {@code ObjectAlreadyExistsException} ("Unable to create Scheduler"). Quarkus offers no setting
 * against this, so each replica holds a PostgreSQL advisory lock from just before the scheduler
 * starts (priority 0) until just after: the second replica then finds the first one's jobs and
 * reschedules them, as a restart does.
 *
 * <p>The lock is a session lock on a connection of its own, outside any transaction, and is given
 * back as soon as the scheduler has started. A replica that waits longer than
 * {@code ipr.jobs.start-lock-wait} for it does not start: something holds it that should not.
 */
@ApplicationScoped
class SchedulerStartLock {

    private static final Logger LOG = Logger.getLogger(SchedulerStartLock.class);
    private static final String LOCK = "select pg_advisory_lock(%d, %d)".formatted(AdvisoryLocks.SPACE,
            AdvisoryLocks.SCHEDULER_START);
    private static final String UNLOCK = "select pg_advisory_unlock(%d, %d)".formatted(AdvisoryLocks.SPACE,
            AdvisoryLocks.SCHEDULER_START);

    private final AgroalDataSource dataSource;
    private final Duration wait;
    private Connection held;

    SchedulerStartLock(AgroalDataSource dataSource,
            @ConfigProperty(name = "ipr.jobs.start-lock-wait", defaultValue = "60s") Duration wait) {
        this.dataSource = dataSource;
        this.wait = wait;
    }

    void take(@Observes @Priority(StartOrder.SCHEDULER_LOCKED) StartupEvent startup) throws SQLException {
        long began = System.nanoTime();
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set lock_timeout = " + wait.toMillis());
            try {
                statement.execute(LOCK);
            } finally {
                // The connection goes back to the pool afterwards: the wait must not stay its setting.
                statement.execute("reset lock_timeout");
            }
        } catch (SQLException e) {
            connection.close();
            throw new IllegalStateException("The scheduler's start lock was not free within " + wait
                    + ": another replica holds it (pg_locks, objid 1 of classid 12330)", e);
        }
        held = connection;
        LOG.debugf("scheduler start lock taken in %d ms", (System.nanoTime() - began) / 1_000_000);
    }

    void giveBack(@Observes @Priority(StartOrder.SCHEDULER_STARTED) StartupEvent startup) {
        Connection connection = held;
        held = null;
        if (connection == null) {
            return;
        }
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute(UNLOCK);
        } catch (SQLException e) {
            // A connection that cannot unlock is broken, and PostgreSQL ends its locks with it.
            LOG.warnf("the scheduler's start lock was given back with its connection: %s", e.getMessage());
        }
    }
}
