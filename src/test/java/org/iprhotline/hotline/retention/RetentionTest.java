package org.iprhotline.hotline.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.iprhotline.hotline.infra.Database;

@QuarkusTest
class RetentionTest {

    @Inject
    Retention retention;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Database database;

    @Test
    void recordsThatHaveServedAreDeletedAndTheRestKept() throws Exception {
        String old = "SMold" + UUID.randomUUID().toString().replace("-", "");
        String recent = "SMnew" + UUID.randomUUID().toString().replace("-", "");
        insert("insert into sms_message (message_sid, received_at) values (?, ?)", old, ago(Duration.ofDays(31)));
        insert("insert into sms_message (message_sid, received_at) values (?, ?)", recent, ago(Duration.ofDays(1)));
        String done = "CA" + UUID.randomUUID();
        String waiting = "CA" + UUID.randomUUID();
        insert("""
                insert into call_session (call_sid, language, access_code, tip_id, created_at, updated_at)
                values (?, 'zh', '12345678', gen_random_uuid(), ?, ?)""", done, ago(Duration.ofDays(3)), ago(Duration.ofDays(3)));
        insert("""
                insert into call_session (call_sid, language, recording_sid, created_at, updated_at)
                values (?, 'zh', 'RE1', ?, ?)""", waiting, ago(Duration.ofDays(3)), ago(Duration.ofDays(3)));
        String update = UUID.randomUUID().toString();
        insert("""
                insert into agency_update (event_id, agency, outcome, received_at)
                values (?, 'SAMR', 'APPLIED', ?)""", update, ago(Duration.ofDays(401)));

        retention.purge();

        assertThat(database.count("select count(*) from sms_message where message_sid = ?", old)).isZero();
        assertThat(database.count("select count(*) from sms_message where message_sid = ?", recent)).isEqualTo(1);
        assertThat(database.count("select count(*) from call_session where call_sid = ?", done)).isZero();
        assertThat(database.count("select count(*) from call_session where call_sid = ?", waiting)).isEqualTo(1);
        assertThat(database.count("select count(*) from agency_update where event_id = ?", update)).isZero();
    }

    @Test
    void periodicJobsAreScheduledInTheDatabaseSoThatEachFiringRunsOnOneInstance() {
        for (String job : new String[] {"retention", "overdue-reminders", "overdue-call-tips"}) {
            assertThat(database.count("select count(*) from qrtz_triggers where trigger_name = ?", job)).as(job)
                    .isEqualTo(1);
        }
        // This instance has checked in with the cluster.
        assertThat(database.count("select count(*) from qrtz_scheduler_state")).isPositive();
    }

    private static Timestamp ago(Duration duration) {
        return Timestamp.from(Instant.now().minus(duration));
    }

    private void insert(String sql, Object... values) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
