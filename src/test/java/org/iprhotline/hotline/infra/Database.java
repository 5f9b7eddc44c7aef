package org.iprhotline.hotline.infra;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/** Reads the service's tables directly, to check what was stored. */
@ApplicationScoped
public class Database {

    private final AgroalDataSource dataSource;

    Database(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes rows as a test's scenario needs (moving a history back in time); returns how many. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long tips() {
        return count("select count(*) from tip");
    }

    /** Outbox events of a tip not yet on Kafka. */
    public long pendingEventsOf(String trackingNumber) {
        return count("""
                select count(*) from outbox_event e join tip t on t.id = e.aggregate_id
                 where t.tracking_number = ? and e.sent_at is null""", trackingNumber.replace("-", ""));
    }

    public long eventsOf(String trackingNumber) {
        return count("""
                select count(*) from outbox_event e join tip t on t.id = e.aggregate_id
                 where t.tracking_number = ?""", trackingNumber.replace("-", ""));
    }
}
