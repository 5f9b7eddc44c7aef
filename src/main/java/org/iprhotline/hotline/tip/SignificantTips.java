package org.iprhotline.hotline.tip;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.outbox.Outbox;
import org.iprhotline.hotline.outbox.StagedEvent;
import org.iprhotline.hotline.outbox.Traceparent;
import org.iprhotline.hotline.significance.SignificantCases;

/**
 * Tells the leading-group office of a tip the rules find significant, once per tip, in the
 * transaction that changed the tip: at intake, when the triage desk routes it, when the reporter
 * adds to it. Owns {@code significant_tip}.
 */
@ApplicationScoped
public class SignificantTips {

    private static final String CLAIM = """
            insert into significant_tip (tip_id, told_at) values (?, ?) on conflict (tip_id) do nothing""";

    private final SignificantCases significantCases;
    private final Outbox outbox;

    SignificantTips(SignificantCases significantCases, Outbox outbox) {
        this.significantCases = significantCases;
        this.outbox = outbox;
    }

    /**
     * The office's event for a tip already received, read again after a change (what the desk
     * decided, what the reporter added). Clusters are counted at intake only.
     */
    Optional<StagedEvent> readAgain(Connection connection, Tip tip, Instant at) throws SQLException {
        if (tip.rightType == RightType.NONE) {
            return Optional.empty();
        }
        return tell(connection, tip, significantCases.assess(tip.foreignInvested, tip.flags, tip.agencies.size(),
                tip.campaigns, 1, tip.text), 1, at, Traceparent.current());
    }

    /**
     * The office's event when {@code assessment} finds the tip significant and no one told the
     * office of it before.
     */
    Optional<StagedEvent> tell(Connection connection, Tip tip, SignificantCases.Assessment assessment, int clusterTips,
            Instant at, String traceparent) throws SQLException {
        if (!assessment.significant() || !claim(connection, tip, at)) {
            return Optional.empty();
        }
        return Optional.of(outbox.event(significantCases.topic(), tip.id, TipSignificant.TYPE,
                TipSignificant.of(tip, assessment, clusterTips), traceparent));
    }

    private static boolean claim(Connection connection, Tip tip, Instant at) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setObject(1, tip.id);
            claim.setTimestamp(2, Timestamp.from(at));
            return claim.executeUpdate() == 1;
        }
    }
}
