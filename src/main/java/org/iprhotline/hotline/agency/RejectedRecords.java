package org.iprhotline.hotline.agency;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import io.agroal.api.AgroalDataSource;

import org.iprhotline.hotline.tip.UserText;

/**
 * Keeps the records of the agencies' update topics that can never be applied, as they came
 * (table {@code agency_record_rejected}), so that the consumer can move past them at once.
 */
@ApplicationScoped
class RejectedRecords {

    private static final int MAX_TEXT = 2_000;
    private static final int MAX_EVENT_ID = 255;
    private static final String INSERT = """
            insert into agency_record_rejected (topic, partition_no, record_offset, agency, event_id, reason,
                                                headers, record_key, record_value, rejected_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing""";

    private final AgroalDataSource dataSource;

    RejectedRecords(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the rejection; a second call for the same record (read again after a rebalance)
     * changes nothing. Throws when the database is away, so that the record is read again.
     */
    void reject(ConsumerRecord<String, byte[]> record, String agency, String reason) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, record.topic());
            insert.setInt(2, record.partition());
            insert.setLong(3, record.offset());
            insert.setString(4, agency);
            // Text columns get what the record said made printable and short; the bytes keep it whole.
            Header id = record.headers().lastHeader("ce_id");
            insert.setString(5, id == null ? null : printable(new String(id.value(), StandardCharsets.UTF_8), MAX_EVENT_ID));
            insert.setString(6, printable(reason == null ? "unknown" : reason, MAX_TEXT));
            StringBuilder headers = new StringBuilder();
            for (Header header : record.headers()) {
                headers.append(header.key()).append(": ")
                        .append(header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8)).append('\n');
            }
            insert.setString(7, printable(headers.toString(), MAX_TEXT));
            insert.setBytes(8, record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8));
            insert.setBytes(9, record.value());
            insert.setTimestamp(10, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("a rejected agency record could not be recorded", e);
        }
    }

    private static String printable(String text, int max) {
        String clean = UserText.clean(text);
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
