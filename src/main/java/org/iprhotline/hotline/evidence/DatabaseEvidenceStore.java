package org.iprhotline.hotline.evidence;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/** Evidence content as {@code bytea} rows of the {@code evidence_content} table. */
@ApplicationScoped
class DatabaseEvidenceStore implements EvidenceStore {

    private final AgroalDataSource dataSource;

    DatabaseEvidenceStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void put(UUID id, InputStream content, long size) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into evidence_content (id, content) values (?, ?)")) {
            insert.setObject(1, id);
            // The driver sends the stream as it reads it, without a copy of the file in memory.
            insert.setBinaryStream(2, content, size);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("evidence content could not be written", e);
        }
    }

    @Override
    public Optional<byte[]> get(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select content from evidence_content where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("evidence content could not be read", e);
        }
    }

    @Override
    public void delete(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from evidence_content where id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("evidence content could not be deleted", e);
        }
    }
}
