package org.iprhotline.hotline.tip;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

import org.iprhotline.hotline.classify.Classification;
import org.iprhotline.hotline.classify.Classifier;
import org.iprhotline.hotline.outbox.Outbox;
import org.iprhotline.hotline.outbox.StagedEvent;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.significance.Amounts;

/**
 * Adds to a tip what the reporter sends after it (people often split one report over several
 * text messages). The whole text is classified again, unless the triage desk has decided what the
 * tip is: agencies that already hold the tip get an update event, agencies it now concerns get the
 * tip itself, and its campaigns follow what it now is.
 */
@ApplicationScoped
public class TipAdditions {

    private final IntakeWork work;
    private final Classifier classifier;
    private final Router router;
    private final Amounts amounts;
    private final Outbox outbox;
    private final AgroalDataSource dataSource;
    private final AgencyCopies copies;
    private final SignificantTips significantTips;
    private final CampaignTargets targets;

    TipAdditions(Classifier classifier, Router router, Amounts amounts, Outbox outbox, AgencyCopies copies,
            SignificantTips significantTips, CampaignTargets targets, AgroalDataSource dataSource, IntakeWork work) {
        this.work = work;
        this.targets = targets;
        this.significantTips = significantTips;
        this.copies = copies;
        this.classifier = classifier;
        this.router = router;
        this.amounts = amounts;
        this.outbox = outbox;
        this.dataSource = dataSource;
    }

    /**
     * The open tips this phone number sent by SMS that anything touched after {@code since}, the most
     * recently touched first (an agency's step counts as well as the reporter's own texts). A closed
     * tip is finished: nobody would read what was added to it, so a text after its closing is a new
     * report.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> smsTipsTouchedSince(String phone, Instant since) {
        return Tip.getEntityManager().createQuery("""
                select t.id from Tip t where t.channel = ?1 and t.reporter.phone = ?2 and t.updatedAt > ?3
                   and t.status <> ?4
                 order by t.updatedAt desc""", UUID.class)
                .setParameter(1, Channel.SMS).setParameter(2, phone).setParameter(3, since)
                .setParameter(4, TipStatus.CLOSED).setMaxResults(20).getResultList();
    }

    /** What the addition names (a shop, a phone number) now leads later tips to this tip's cluster. */
    private static void linkToCluster(Connection connection, Tip tip, List<String> keys, Instant now)
            throws SQLException {
        if (tip.clusterId == null || keys.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into cluster_key (key, cluster_id, first_tip_id, created_at) values (?, ?, ?, ?)
                on conflict (key) do nothing""")) {
            for (String key : keys) {
                insert.setString(1, key);
                insert.setObject(2, tip.clusterId);
                insert.setObject(3, tip.id);
                insert.setTimestamp(4, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Appends {@code text} and {@code evidence} to the tip; joins the caller's transaction. Empty,
     * and nothing added, when the tip was closed after {@link #smsTipsTouchedSince} found it (the
     * desk may close it in between): the caller takes the text as a new report.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TrackingNumber> append(UUID tipId, String text, List<Evidence> evidence) {
        Tip tip = Tip.findById(tipId, LockModeType.PESSIMISTIC_WRITE);
        if (tip.status == TipStatus.CLOSED) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        tip.text = tip.text + "\n" + text.strip();
        tip.evidence.addAll(evidence);
        tip.updatedAt = now;

        Classification classification = work.run(() -> classifier.classify(tip.text));
        Optional<BigDecimal> largestAmount = amounts.largestYuan(tip.text);
        List<Agency> destinations;
        if (TriageDecisions.CLASSIFIED_BY.equals(tip.classifiedBy)) {
            // People decided what the tip is; the model's reading of the longer text does not overrule
            // them, nor send the tip back to the desk. A sum it names still counts (the procuratorate).
            destinations = router.table().responsibleFor(tip.rightType, tip.classification().flags(), false,
                    largestAmount);
            tip.registrationNumbers = new ArrayList<>(classification.registrationNumbers());
        } else {
            destinations = router.route(classification, Optional.ofNullable(tip.reportedRightType), largestAmount);
            tip.classifyAs(classification);
            tip.classifiedBy = classifier.model();
        }
        tip.campaigns = targets.campaignsOf(tip, tip.rightType.code(), tip.flags);
        List<String> holding = List.copyOf(tip.agencies);
        List<Agency> newcomers = destinations.stream().filter(agency -> !holding.contains(agency.code())).toList();
        newcomers.forEach(agency -> tip.agencies.add(agency.code()));
        if (!newcomers.isEmpty()) {
            tip.moveTo(TipStatus.ROUTED, String.join(",", newcomers.stream().map(Agency::code).toList()),
                    "routed again after further messages", now);
        }

        List<StagedEvent> events = new ArrayList<>();
        for (Agency agency : copies.holding(holding)) {
            events.add(copies.to(agency, tip.id, tip.region, TipUpdated.TYPE, new TipUpdated(tip.id,
                    tip.trackingNumber.formatted(), agency.code(), List.copyOf(tip.agencies), now, text.strip(),
                    List.copyOf(evidence), tip.text, tip.rightType.code(), List.copyOf(tip.flags), tip.classifiedBy, null)));
        }
        for (Agency agency : newcomers) {
            events.add(copies.to(agency, tip.id, tip.region, TipRouted.TYPE, copies.routed(tip, agency)));
        }
        try (Connection connection = dataSource.getConnection()) {
            // A report split over several texts may name its sums or its factory in the last one.
            significantTips.readAgain(connection, tip, now).ifPresent(events::add);
            outbox.write(events);
            linkToCluster(connection, tip, work.run(() -> ClusterKeys.of(text, classification.registrationNumbers())), now);
        } catch (SQLException e) {
            throw new IllegalStateException("the addition could not be written", e);
        }
        return Optional.of(tip.trackingNumber);
    }
}
