package org.iprhotline.hotline.tip;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Finds the case cluster that tips sharing a key already belong to. */
@ApplicationScoped
class ClusterIndex {

    private final EntityManager entityManager;

    ClusterIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The oldest cluster any of {@code keys} belongs to. */
    Optional<UUID> clusterFor(List<String> keys) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        return QuarkusTransaction.joiningExisting().call(() -> entityManager.createNativeQuery("""
                select cluster_id from cluster_key where key = any(cast(?1 as text[])) order by created_at limit 1""",
                UUID.class)
                .setParameter(1, keys.toArray(String[]::new))
                .getResultStream().findFirst().map(UUID.class::cast));
    }
}
