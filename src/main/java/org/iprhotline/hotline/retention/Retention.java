package org.iprhotline.hotline.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes working records about reporters once they have served (see {@link RetentionConfig}).
 * Tips themselves, their history and their evidence are the case file and are not deleted here;
 * neither are the records that other jobs already purge (outbox events, idempotency keys,
 * uploaded files whose report never came).
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final AgroalDataSource dataSource;
    private final RetentionConfig config;

    Retention(AgroalDataSource dataSource, RetentionConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "10m")
    void purge() {
        delete("sms_message", "received_at", config.smsMessages());
        // A call whose tip is not made yet (waiting for its transcription) is kept until it is.
        delete("call_session", "updated_at", config.callSessions(), "and (tip_id is not null or recording_sid is null)");
        delete("agency_update", "received_at", config.agencyUpdates());
    }

    private void delete(String table, String column, Duration keptFor) {
        delete(table, column, keptFor, "");
    }

    private void delete(String table, String column, Duration keptFor, String condition) {
        String sql = "delete from " + table + " where " + column + " < ? " + condition;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setTimestamp(1, Timestamp.from(Instant.now().minus(keptFor)));
            int deleted = delete.executeUpdate();
            if (deleted > 0) {
                LOG.infof("retention: deleted %d %s row(s) older than %s", deleted, table, keptFor);
            }
        } catch (SQLException e) {
            LOG.warnf("retention: %s not purged this time: %s", table, e.getMessage());
        }
    }
}
