package org.iprhotline.hotline.tip;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

import org.iprhotline.hotline.secrets.Secrets;

/**
 * Rewraps access-code digests stored before they were keyed: the plain SHA-256 becomes the input
 * of the HMAC, exactly as a new digest is made ({@link AccessCode#digest}), so no code needs to be
 * known. Runs once at start-up, in batches, off the start-up thread; instances running it at once
 * each write the same value, and only over the value they read.
 */
@ApplicationScoped
class KeyedDigestUpgrade {

    private static final Logger LOG = Logger.getLogger(KeyedDigestUpgrade.class);
    private static final String FIND = """
            select id, access_code_digest from tip where access_code_digest not like 'h1:%' limit 500""";
    private static final String REWRAP = "update tip set access_code_digest = ? where id = ? and access_code_digest = ?";

    private final AgroalDataSource dataSource;
    private final Secrets secrets;

    KeyedDigestUpgrade(AgroalDataSource dataSource, Secrets secrets) {
        this.dataSource = dataSource;
        this.secrets = secrets;
    }

    void start(@Observes StartupEvent startup) {
        Thread upgrade = new Thread(this::upgradeQuietly, "keyed-digest-upgrade");
        upgrade.setDaemon(true);
        upgrade.start();
    }

    private void upgradeQuietly() {
        try {
            long upgraded = upgrade();
            if (upgraded > 0) {
                LOG.infof("rewrapped %d unkeyed access-code digests", upgraded);
            }
        } catch (SQLException | RuntimeException e) {
            // Unkeyed digests still match (AccessCode.matches upgrades as it compares); the next start tries again.
            LOG.warnf("access-code digests not rewrapped: %s", e.getMessage());
        }
    }

    long upgrade() throws SQLException {
        long total = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement(FIND);
                PreparedStatement rewrap = connection.prepareStatement(REWRAP)) {
            while (true) {
                Map<UUID, String> batch = new LinkedHashMap<>();
                try (ResultSet rows = find.executeQuery()) {
                    while (rows.next()) {
                        batch.put(rows.getObject(1, UUID.class), rows.getString(2));
                    }
                }
                if (batch.isEmpty()) {
                    return total;
                }
                for (Map.Entry<UUID, String> row : batch.entrySet()) {
                    rewrap.setString(1, AccessCode.upgrade(secrets, row.getValue()));
                    rewrap.setObject(2, row.getKey());
                    rewrap.setString(3, row.getValue());
                    rewrap.addBatch();
                }
                rewrap.executeBatch();
                total += batch.size();
            }
        }
    }
}
