package org.iprhotline.hotline.evidence;

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
    public void put(UUID id, byte[] content) {
        update("insert into evidence_content (id, content) values (?, ?)", id, content);
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
        update("delete from evidence_content where id = ?", id, null);
    }

    private void update(String sql, UUID id, byte[] content) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            if (content != null) {
                statement.setBytes(2, content);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("evidence content could not be written", e);
        }
    }
}
