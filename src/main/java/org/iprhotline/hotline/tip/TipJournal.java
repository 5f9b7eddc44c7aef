package org.iprhotline.hotline.tip;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.iprhotline.hotline.campaign.Campaigns;
import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.database.DatabaseErrors;
import org.iprhotline.hotline.outbox.Outbox;
import org.iprhotline.hotline.outbox.StagedEvent;
import org.iprhotline.hotline.significance.SignificantCases;

/**
 * Stores tips with their history and outbox events, many tips to a transaction.
 *
 * <p>Requests hand their drafts to a queue and wait; writer threads take whatever has
 * accumulated (up to {@code max-batch}) and write it with batched statements in one transaction.
 * A request is answered only after the commit that holds its tip, so a tip is never acknowledged
 * and then lost, while a busy hotline pays for one commit per batch rather than per tip. If a
 * batch is refused for what one of its tips holds (SQLSTATE 22 or 23), it is split in halves and
 * each half written again, down to single tips, so one bad tip fails alone at the cost of a few
 * transactions rather than one per tip; when the database is away, the whole batch fails at once.
 *
 * <p>A draft still queued when its request's time is up is dropped from the queue and never
 * written: the reporter, told it was not received, will not find a tip they did not get a number
 * for, nor two when they send it again. Once a writer has taken a draft, its request waits for
 * that write's outcome (the transaction is bounded by the same time).
 */
@ApplicationScoped
class TipJournal {

    private static final Logger LOG = Logger.getLogger(TipJournal.class);

    /** What became of a draft. */
    enum Outcome {
        STORED,
        /** Another request already holds the draft's idempotency key; nothing was stored. */
        KEY_TAKEN
    }

    /** A draft and its request; {@code taken} is set by the writer that takes it or by its timeout, once. */
    private record Pending(TipDraft draft, CompletableFuture<Outcome> outcome, AtomicBoolean taken) {
    }

    private static final String CLAIM_KEY = """
            insert into idempotency_key (key, request_digest, tip_id, access_code, created_at)
            values (?, ?, ?, ?, ?) on conflict (key) do nothing""";
    private static final String INSERT_TIP = """
            insert into tip (id, tracking_number, access_code_digest, channel, text, language, reporter_name,
                             reporter_organisation, reporter_phone, reporter_email, foreign_invested,
                             reported_right_type, right_type, confidence, runner_up, flags, classification_terms,
                             agencies, status, received_at, updated_at, registration_numbers, evidence, cluster_id, campaigns,
                             region, region_inferred, classified_by, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, 0)""";
    /** Serialises batches that share a cluster key, across writers and instances, until commit. */
    private static final String LOCK_KEYS = """
            select count(pg_advisory_xact_lock(h))
              from (select distinct hashtextextended(k, 0) as h from unnest(?::text[]) as k order by h) as keys""";
    private static final String FIND_CLUSTERS = """
            select key, cluster_id, created_at from cluster_key where key = any(?)""";
    private static final String INSERT_CLUSTER_KEY = """
            insert into cluster_key (key, cluster_id, first_tip_id, created_at) values (?, ?, ?, ?)
            on conflict (key) do nothing""";
    private static final String TARGETED_CLUSTERS = """
            select cluster_id, campaign from campaign_cluster where cluster_id = any(?)""";
    private static final String REPORTED_CLUSTERS = """
            select cluster_id from significant_cluster where cluster_id = any(?)""";
    /**
     * The tips of each cluster, counted up to the number that makes it significant: the tips that
     * joined it (V36's index) and the one that started it. A shop reported ten thousand times
     * costs the same as one reported ten.
     */
    private static final String CLUSTER_TIPS = """
            select c.id, 1 + (select count(*) from (select 1 from tip t
                                                     where t.cluster_id = c.id and t.cluster_id <> t.id
                                                     limit ?) as joined)
              from unnest(?::uuid[]) as c(id)""";
    private static final String CLAIM_SIGNIFICANT_CLUSTER = """
            insert into significant_cluster (cluster_id, tip_id, reported_at) values (?, ?, ?)
            on conflict (cluster_id) do nothing""";
    private static final String ATTACH_FILE = """
            update evidence_file set tip_id = ? where id = ? and tip_id is null""";
    private static final String INSERT_CHANGE = """
            insert into tip_status_change (id, tip_id, position, status, agency, note, changed_at)
            values (?, ?, ?, ?, ?, ?, ?)""";

    private final AgroalDataSource dataSource;
    private final Event<TipReceived> received;
    private final Outbox outbox;
    private final ObjectMapper objectMapper;
    private final IntakeConfig.Journal config;
    private final IntakeMetrics metrics;
    private final SignificantCases significantCases;
    private final SignificantTips significantTips;
    private final Campaigns campaigns;
    private final BlockingQueue<Pending> queue;
    /** Each queued draft's time limit; a cancelled one is removed at once. */
    private final ScheduledThreadPoolExecutor timeouts = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "tip-journal-timeouts");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;
    private final AgencyCopies copies;

    TipJournal(AgroalDataSource dataSource, Outbox outbox, ObjectMapper objectMapper, IntakeConfig config,
            IntakeMetrics metrics, SignificantCases significantCases, SignificantTips significantTips,
            Campaigns campaigns, AgencyCopies copies, Event<TipReceived> received) {
        this.dataSource = dataSource;
        this.received = received;
        this.copies = copies;
        this.campaigns = campaigns;
        this.significantCases = significantCases;
        this.significantTips = significantTips;
        this.metrics = metrics;
        this.outbox = outbox;
        this.objectMapper = objectMapper;
        this.config = config.journal();
        this.queue = new ArrayBlockingQueue<>(this.config.queueCapacity());
        this.timeouts.setRemoveOnCancelPolicy(true);
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        for (int i = 0; i < config.writers(); i++) {
            Thread writer = new Thread(this::writeLoop, "tip-journal-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        for (Thread writer : writers) {
            try {
                writer.join(config.writeTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        timeouts.shutdown();
    }

    /** Stores the draft and returns once it is committed; throws if it could not be stored. */
    Outcome store(TipDraft draft) {
        try {
            return storeLater(draft).join();
        } catch (CompletionException e) {
            throw (IntakeUnavailableException) e.getCause();
        }
    }

    /**
     * Queues the draft; the stage completes once the draft is committed, or fails with
     * {@link IntakeUnavailableException} if it could not be stored in time. No thread waits for it.
     */
    CompletableFuture<Outcome> storeLater(TipDraft draft) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        Pending pending = new Pending(draft, outcome, new AtomicBoolean());
        if (!running || !queue.offer(pending)) {
            return CompletableFuture.failedFuture(new IntakeUnavailableException("intake is over capacity", null));
        }
        ScheduledFuture<?> timeout = timeouts.schedule(() -> {
            if (pending.taken().compareAndSet(false, true)) {
                // Still queued: no writer will take it now.
                outcome.completeExceptionally(new IntakeUnavailableException("storing the tip took too long", null));
            }
        }, config.writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        // A timer left waiting would keep the draft (text, evidence) in memory for the whole budget.
        outcome.whenComplete((stored, failure) -> timeout.cancel(false));
        return outcome.exceptionallyCompose(failure -> CompletableFuture.failedFuture(unavailable(failure)));
    }

    private static IntakeUnavailableException unavailable(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (cause instanceof IntakeUnavailableException unavailable) {
            return unavailable;
        }
        return new IntakeUnavailableException("the tip could not be stored", cause);
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(config.maxBatch());
        // Keep draining after shutdown begins, so that no request already queued is left waiting.
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, config.maxBatch() - 1);
                // Drafts whose request has given up are not written.
                batch.removeIf(pending -> !pending.taken().compareAndSet(false, true));
                if (!batch.isEmpty()) {
                    writeOrSplit(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void writeOrSplit(List<Pending> batch) {
        try {
            List<Outcome> outcomes = write(batch);
            for (int i = 0; i < batch.size(); i++) {
                if (outcomes.get(i) == Outcome.STORED) {
                    metrics.stored(batch.get(i).draft().tip());
                }
                batch.get(i).outcome().complete(outcomes.get(i));
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1 || !DatabaseErrors.isCausedByData(e)) {
                // One tip refused for what it holds, or the database away for all of them.
                LOG.warnf("%d tip(s) could not be stored: %s", batch.size(), e.getMessage());
                batch.forEach(pending -> pending.outcome().completeExceptionally(e));
                return;
            }
            int half = batch.size() / 2;
            writeOrSplit(List.copyOf(batch.subList(0, half)));
            writeOrSplit(List.copyOf(batch.subList(half, batch.size())));
        }
    }

    private List<Outcome> write(List<Pending> batch) {
        int seconds = (int) Math.max(1, config.writeTimeout().toSeconds());
        return QuarkusTransaction.requiringNew().timeout(seconds).call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                List<Outcome> outcomes = claimKeys(connection, batch);
                List<TipDraft> stored = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    if (outcomes.get(i) == Outcome.STORED) {
                        stored.add(batch.get(i).draft());
                    }
                }
                assignClusters(connection, stored);
                assignCampaigns(connection, stored);
                insertTips(connection, stored);
                insertHistory(connection, stored);
                insertClusterKeys(connection, stored);
                attachFiles(connection, stored);
                Map<UUID, Integer> clusterTips = clusterTips(connection, stored);
                List<StagedEvent> events = new ArrayList<>();
                for (TipDraft draft : stored) {
                    events.addAll(events(connection, draft, clusterTips));
                }
                outbox.write(connection, events);
                for (TipDraft draft : stored) {
                    Tip tip = draft.tip();
                    if (tip.reporter != null && tip.reporter.email() != null) {
                        received.fire(new TipReceived(tip.trackingNumber, tip.reporter.email(), tip.language,
                                List.copyOf(tip.agencies), tip.receivedAt));
                    }
                }
                return outcomes;
            }
        });
    }

    private List<Outcome> claimKeys(Connection connection, List<Pending> batch) throws SQLException {
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        List<Integer> claimed = new ArrayList<>();
        try (PreparedStatement claim = connection.prepareStatement(CLAIM_KEY)) {
            for (int i = 0; i < batch.size(); i++) {
                TipDraft draft = batch.get(i).draft();
                outcomes.add(Outcome.STORED);
                if (draft.claim() != null) {
                    claim.setString(1, draft.claim().key());
                    claim.setString(2, draft.claim().requestDigest());
                    claim.setObject(3, draft.tip().id);
                    claim.setString(4, draft.sealedAccessCode());
                    claim.setTimestamp(5, Timestamp.from(draft.tip().receivedAt));
                    claim.addBatch();
                    claimed.add(i);
                }
            }
            if (claimed.isEmpty()) {
                return outcomes;
            }
            int[] inserted = claim.executeBatch();
            for (int j = 0; j < inserted.length; j++) {
                if (inserted[j] == 0) {
                    outcomes.set(claimed.get(j), Outcome.KEY_TAKEN);
                }
            }
        }
        return outcomes;
    }

    /**
     * Puts each tip in the oldest case cluster that one of its keys (shop, phone, company,
     * registration number) already belongs to, counting tips earlier in the same batch; a tip that
     * shares nothing starts its own. One query for the whole batch, after taking a transaction
     * lock per key, so that a concurrent batch with the same keys waits for this one's commit.
     */
    private static void assignClusters(Connection connection, List<TipDraft> drafts) throws SQLException {
        Set<String> keys = new HashSet<>();
        drafts.forEach(draft -> keys.addAll(draft.tip().clusterKeys));
        Map<String, Cluster> known = new HashMap<>();
        if (!keys.isEmpty()) {
            Array keyArray = connection.createArrayOf("text", keys.toArray());
            // Two batches naming the same new shop would otherwise each start a cluster for it.
            try (PreparedStatement lock = connection.prepareStatement(LOCK_KEYS)) {
                lock.setArray(1, keyArray);
                lock.executeQuery().close();
            }
            try (PreparedStatement find = connection.prepareStatement(FIND_CLUSTERS)) {
                find.setArray(1, keyArray);
                try (ResultSet rows = find.executeQuery()) {
                    while (rows.next()) {
                        known.put(rows.getString(1), new Cluster(rows.getObject(2, UUID.class),
                                rows.getTimestamp(3).toInstant()));
                    }
                }
            }
        }
        for (TipDraft draft : drafts) {
            Tip tip = draft.tip();
            tip.clusterId = tip.clusterKeys.stream().map(known::get).filter(Objects::nonNull)
                    .min(Comparator.comparing(Cluster::since)).map(Cluster::id).orElse(tip.id);
            for (String key : tip.clusterKeys) {
                known.putIfAbsent(key, new Cluster(tip.clusterId, tip.receivedAt));
            }
        }
    }

    private record Cluster(UUID id, Instant since) {
    }

    /**
     * Puts each tip in the campaigns whose rules it matches and in those that target its cluster,
     * while they run.
     */
    private void assignCampaigns(Connection connection, List<TipDraft> drafts) throws SQLException {
        if (drafts.isEmpty() || campaigns.none()) {
            return;
        }
        Map<UUID, List<String>> targeted = new HashMap<>();
        try (PreparedStatement find = connection.prepareStatement(TARGETED_CLUSTERS)) {
            find.setArray(1, connection.createArrayOf("uuid", drafts.stream().map(draft -> draft.tip().clusterId)
                    .distinct().toArray()));
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    targeted.computeIfAbsent(rows.getObject(1, UUID.class), ignored -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
        }
        for (TipDraft draft : drafts) {
            Tip tip = draft.tip();
            tip.campaigns = new ArrayList<>(campaigns.of(tip.receivedAt, tip.rightType.code(), tip.flags,
                    tip.foreignInvested, targeted.getOrDefault(tip.clusterId, List.of())));
        }
    }

    /**
     * How many tips each cluster the batch's tips joined now holds (theirs included), counted up to
     * the size that makes a cluster significant; clusters the office was already told of are left
     * out, so a much-reported shop costs one lookup by key.
     */
    private Map<UUID, Integer> clusterTips(Connection connection, List<TipDraft> drafts) throws SQLException {
        Set<UUID> joined = new HashSet<>();
        for (TipDraft draft : drafts) {
            if (!draft.tip().clusterId.equals(draft.tip().id)) {
                joined.add(draft.tip().clusterId);
            }
        }
        if (joined.isEmpty() || significantCases.clusterSize() <= 0) {
            return Map.of();
        }
        try (PreparedStatement reported = connection.prepareStatement(REPORTED_CLUSTERS)) {
            reported.setArray(1, connection.createArrayOf("uuid", joined.toArray()));
            try (ResultSet rows = reported.executeQuery()) {
                while (rows.next()) {
                    joined.remove(rows.getObject(1, UUID.class));
                }
            }
        }
        Map<UUID, Integer> tips = new HashMap<>();
        if (joined.isEmpty()) {
            return tips;
        }
        try (PreparedStatement count = connection.prepareStatement(CLUSTER_TIPS)) {
            count.setInt(1, significantCases.clusterSize());
            count.setArray(2, connection.createArrayOf("uuid", joined.toArray()));
            try (ResultSet rows = count.executeQuery()) {
                while (rows.next()) {
                    tips.put(rows.getObject(1, UUID.class), rows.getInt(2));
                }
            }
        }
        return tips;
    }

    private List<StagedEvent> events(Connection connection, TipDraft draft, Map<UUID, Integer> clusterTips)
            throws SQLException {
        Tip tip = draft.tip();
        List<StagedEvent> events = new ArrayList<>(draft.destinations().stream()
                .map(agency -> copies.to(agency, tip.id, tip.region, TipRouted.TYPE, copies.routed(tip, agency),
                        draft.traceparent()))
                .toList());
        // The office hears of significant cases with the agencies, in the same transaction.
        if (tip.rightType != RightType.NONE) {
            int inCluster = clusterTips.getOrDefault(tip.clusterId, 1);
            SignificantCases.Assessment assessment = significantCases.assess(tip.foreignInvested, tip.flags,
                    tip.agencies.size(), tip.campaigns, inCluster, tip.text);
            if (assessment.reasons().contains(SignificantCases.CLUSTER) && !claimCluster(connection, tip)) {
                // Told already: by a tip earlier in this batch, or by another batch that got there first.
                assessment = assessment.without(SignificantCases.CLUSTER);
            }
            significantTips.tell(connection, tip, assessment, inCluster, tip.receivedAt, draft.traceparent())
                    .ifPresent(events::add);
        }
        return events;
    }

    /** True when this tip is the one that tells the office of its cluster; false when one did already. */
    private static boolean claimCluster(Connection connection, Tip tip) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM_SIGNIFICANT_CLUSTER)) {
            claim.setObject(1, tip.clusterId);
            claim.setObject(2, tip.id);
            claim.setTimestamp(3, Timestamp.from(tip.receivedAt));
            return claim.executeUpdate() == 1;
        }
    }

    private void insertTips(Connection connection, List<TipDraft> drafts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_TIP)) {
            for (TipDraft draft : drafts) {
                Tip tip = draft.tip();
                Reporter reporter = tip.reporter;
                insert.setObject(1, tip.id);
                insert.setString(2, tip.trackingNumber.value());
                insert.setString(3, tip.accessCodeDigest);
                insert.setString(4, tip.channel.name());
                insert.setString(5, tip.text);
                insert.setString(6, tip.language);
                insert.setString(7, reporter.name());
                insert.setString(8, reporter.organisation());
                insert.setString(9, reporter.phone());
                insert.setString(10, reporter.email());
                insert.setBoolean(11, tip.foreignInvested);
                insert.setString(12, tip.reportedRightType == null ? null : tip.reportedRightType.name());
                insert.setString(13, tip.rightType.name());
                insert.setDouble(14, tip.confidence);
                insert.setString(15, tip.runnerUp.name());
                insert.setArray(16, connection.createArrayOf("text", tip.flags.toArray()));
                insert.setArray(17, connection.createArrayOf("text", tip.classificationTerms.toArray()));
                insert.setArray(18, connection.createArrayOf("text", tip.agencies.toArray()));
                insert.setString(19, tip.status.name());
                insert.setTimestamp(20, Timestamp.from(tip.receivedAt));
                insert.setTimestamp(21, Timestamp.from(tip.updatedAt));
                insert.setString(22, json(tip.registrationNumbers));
                insert.setString(23, json(tip.evidence));
                insert.setObject(24, tip.clusterId);
                insert.setArray(25, connection.createArrayOf("text", tip.campaigns.toArray()));
                insert.setString(26, tip.region);
                insert.setBoolean(27, tip.regionInferred);
                insert.setString(28, tip.classifiedBy);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private String json(List<?> values) {
        try {
            return objectMapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot be written as JSON: " + values, e);
        }
    }

    private static void insertClusterKeys(Connection connection, List<TipDraft> drafts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CLUSTER_KEY)) {
            for (TipDraft draft : drafts) {
                for (String key : draft.tip().clusterKeys) {
                    insert.setString(1, key);
                    insert.setObject(2, draft.tip().clusterId);
                    insert.setObject(3, draft.tip().id);
                    insert.setTimestamp(4, Timestamp.from(draft.tip().receivedAt));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Uploaded files were staged before the tip existed; they become the tip's with it. */
    private static void attachFiles(Connection connection, List<TipDraft> drafts) throws SQLException {
        try (PreparedStatement attach = connection.prepareStatement(ATTACH_FILE)) {
            int files = 0;
            for (TipDraft draft : drafts) {
                for (Evidence evidence : draft.tip().evidence) {
                    if (evidence.isFile()) {
                        attach.setObject(1, draft.tip().id);
                        attach.setObject(2, evidence.id());
                        attach.addBatch();
                        files++;
                    }
                }
            }
            if (files == 0) {
                return;
            }
            for (int updated : attach.executeBatch()) {
                if (updated == 0) {
                    throw new IllegalStateException("an evidence file was missing or already belonged to a tip");
                }
            }
        }
    }

    private static void insertHistory(Connection connection, List<TipDraft> drafts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CHANGE)) {
            for (TipDraft draft : drafts) {
                for (TipStatusChange change : draft.tip().history) {
                    insert.setObject(1, change.id);
                    insert.setObject(2, draft.tip().id);
                    insert.setInt(3, change.position);
                    insert.setString(4, change.status.name());
                    insert.setString(5, change.agency);
                    insert.setString(6, change.note);
                    insert.setTimestamp(7, Timestamp.from(change.changedAt));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
