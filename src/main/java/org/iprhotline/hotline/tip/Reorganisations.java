package org.iprhotline.hotline.tip;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import org.iprhotline.hotline.background.StartOrder;
import org.iprhotline.hotline.outbox.Outbox;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.routing.RoutingTable;

/**
 * Applies the registry's reorganisations to what is stored, once each across all instances: the
 * tips a former code held are held by its successor, and the events still waiting for the former
 * code's topic go to the successor's. The history keeps the former code (it is what happened then,
 * shown with the names of that time). Runs as the service starts, before the loops take work.
 */
@ApplicationScoped
public class Reorganisations {

    private static final Logger LOG = Logger.getLogger(Reorganisations.class);

    private final Router router;
    private final AgroalDataSource dataSource;
    private final Outbox outbox;

    Reorganisations(Router router, AgroalDataSource dataSource, Outbox outbox) {
        this.router = router;
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    void onStart(@Observes @Priority(StartOrder.REORGANISATIONS) StartupEvent startup) {
        applyAll();
    }

    /** Applies each reorganisation of the registry not applied before, one transaction each. */
    public void applyAll() {
        for (RoutingTable.Former former : router.table().formerCodes()) {
            QuarkusTransaction.requiringNew().run(() -> apply(former));
        }
    }

    private void apply(RoutingTable.Former former) {
        String successor = former.successor().code();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement claim = connection.prepareStatement("""
                    insert into agency_reorganisation (former_code, successor, tips_moved, events_moved, applied_at)
                    values (?, ?, 0, 0, ?) on conflict (former_code) do nothing""")) {
                claim.setString(1, former.code());
                claim.setString(2, successor);
                claim.setTimestamp(3, Timestamp.from(Instant.now()));
                if (claim.executeUpdate() == 0) {
                    return; // applied before, or by another instance just now
                }
            }
            int tips;
            // A tip that somehow holds both keeps one copy; the order of the others is kept.
            try (PreparedStatement move = connection.prepareStatement("""
                    update tip set agencies = case when ? = any(agencies) then array_remove(agencies, ?)
                                                   else array_replace(agencies, ?, ?) end,
                                   version = version + 1
                     where ? = any(agencies)""")) {
                move.setString(1, successor);
                move.setString(2, former.code());
                move.setString(3, former.code());
                move.setString(4, successor);
                move.setString(5, former.code());
                tips = move.executeUpdate();
            }
            int events = former.topic().isPresent()
                    ? outbox.retarget(connection, former.topic().get(), former.successor().topic()) : 0;
            try (PreparedStatement record = connection.prepareStatement(
                    "update agency_reorganisation set tips_moved = ?, events_moved = ? where former_code = ?")) {
                record.setInt(1, tips);
                record.setInt(2, events);
                record.setString(3, former.code());
                record.executeUpdate();
            }
            LOG.infof("reorganisation: %d tips and %d waiting events of %s moved to %s", tips, events, former.code(),
                    successor);
        } catch (SQLException e) {
            throw new IllegalStateException("the reorganisation of " + former.code() + " into " + successor
                    + " could not be applied", e);
        }
    }
}
