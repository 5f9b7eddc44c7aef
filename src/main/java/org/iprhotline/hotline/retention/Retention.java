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

import org.iprhotline.hotline.evidence.EvidenceFiles;
import org.iprhotline.hotline.outbox.OutboxRelay;
import org.iprhotline.hotline.tip.TipIntake;

/**
 * The one periodic purge: deletes working records about reporters once they have served (see
 * {@link RetentionConfig}) and asks the owners of the other working tables to purge theirs
 * (published outbox events, idempotency keys, uploaded files whose report never came). Tips
 * themselves, their history and their evidence are the case file and are not deleted here. It runs
 * on one instance per firing across replicas (Quartz, clustered on the database); one purge that
 * fails does not keep the others from running.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final AgroalDataSource dataSource;
    private final RetentionConfig config;
    private final OutboxRelay outbox;
    private final TipIntake intake;
    private final EvidenceFiles evidence;

    Retention(AgroalDataSource dataSource, RetentionConfig config, OutboxRelay outbox, TipIntake intake,
            EvidenceFiles evidence) {
        this.dataSource = dataSource;
        this.config = config;
        this.outbox = outbox;
        this.intake = intake;
        this.evidence = evidence;
    }

    @Scheduled(identity = "retention", every = "${ipr.jobs.retention-every:1h}", delayed = "${ipr.jobs.retention-delay:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        delete("sms_message", "received_at", config.smsMessages());
        delete("outgoing_sms", "created_at", config.smsMessages(), "and (sent_at is not null or failed_at is not null)");
        delete("outgoing_email", "created_at", config.smsMessages(), "and (sent_at is not null or failed_at is not null)");
        // A call whose tip is not made yet (waiting for its transcription) is kept until it is.
        delete("call_session", "updated_at", config.callSessions(), "and (tip_id is not null or recording_sid is null)");
        delete("agency_update", "received_at", config.agencyUpdates());
        delete("agency_record_rejected", "rejected_at", config.agencyUpdates());
        purge("published outbox events", outbox::purgePublished);
        purge("idempotency keys", intake::forgetOldIdempotencyKeys);
        purge("abandoned uploads", evidence::purgeAbandoned);
    }

    private static void purge(String what, Runnable purge) {
        try {
            purge.run();
        } catch (RuntimeException e) {
            LOG.warnf("retention: %s not purged this time: %s", what, e.getMessage());
        }
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
