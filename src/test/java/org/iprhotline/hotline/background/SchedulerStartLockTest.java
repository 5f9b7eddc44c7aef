package org.iprhotline.hotline.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Two replicas' scheduler starts, played by two locks on the service's own PostgreSQL: the second
 * waits for the first to start its scheduler, and one that waits too long refuses to start.
 */
@QuarkusTest
class SchedulerStartLockTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSecondReplicaWaitsUntilTheFirstHasStartedItsScheduler() throws Exception {
        assertThat(locks(true)).as("the running service gave its lock back once started").isZero();
        SchedulerStartLock first = new SchedulerStartLock(dataSource, Duration.ofSeconds(30));
        SchedulerStartLock second = new SchedulerStartLock(dataSource, Duration.ofSeconds(30));
        first.take(null);
        CompletableFuture<Void> secondTakes = CompletableFuture.runAsync(() -> {
            try {
                second.take(null);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> locks(false) == 1);
        assertThat(secondTakes).isNotDone();

        first.giveBack(null);
        secondTakes.get();
        assertThat(locks(true)).isEqualTo(1);
        second.giveBack(null);
        assertThat(locks(true)).isZero();
    }

    @Test
    void aReplicaThatWaitsLongerThanItsLimitDoesNotStart() throws Exception {
        SchedulerStartLock first = new SchedulerStartLock(dataSource, Duration.ofSeconds(30));
        first.take(null);
        try {
            assertThatThrownBy(() -> new SchedulerStartLock(dataSource, Duration.ofMillis(300)).take(null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("start lock was not free within PT0.3S");
            assertThat(locks(false)).as("the refused replica stopped waiting").isZero();
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("show lock_timeout")) {
                row.next();
                assertThat(row.getString(1)).as("the pooled connection's own lock timeout").isEqualTo("0");
            }
        } finally {
            first.giveBack(null);
        }
        assertThat(locks(true)).isZero();
    }

    private long locks(boolean granted) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from pg_locks where locktype = 'advisory'"
                        + " and classid = 12330 and objid = 1 and objsubid = 2 and granted = " + granted)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
