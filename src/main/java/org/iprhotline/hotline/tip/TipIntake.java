package org.iprhotline.hotline.tip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.iprhotline.hotline.classify.Classification;
import org.iprhotline.hotline.classify.Classifier;
import org.iprhotline.hotline.classify.LanguageDetector;
import org.iprhotline.hotline.outbox.Traceparent;
import org.iprhotline.hotline.region.Region;
import org.iprhotline.hotline.region.Regions;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.secrets.Secrets;
import org.iprhotline.hotline.significance.Amounts;

/**
 * Where every tip enters, whatever the channel: it is classified, routed, and stored with its
 * history and one outbox event per agency in one transaction, before the reporter gets a receipt.
 */
@ApplicationScoped
public class TipIntake {

    private final Classifier classifier;
    private final Router router;
    private final Amounts amounts;
    private final TipJournal journal;
    private final IntakeConfig config;
    private final IntakeWork work;
    private final Secrets secrets;

    TipIntake(Classifier classifier, Router router, Amounts amounts, TipJournal journal, IntakeConfig config, IntakeWork work,
            Secrets secrets) {
        this.secrets = secrets;
        this.classifier = classifier;
        this.router = router;
        this.amounts = amounts;
        this.journal = journal;
        this.config = config;
        this.work = work;
    }

    public Receipt submit(TipSubmission submission) {
        String traceparent = Traceparent.current();
        TipDraft draft = work.run(() -> draft(submission, null, traceparent));
        journal.store(draft);
        return receipt(draft.tip(), draft.accessCode(), false);
    }

    /**
     * Like {@link #submit(TipSubmission)}, without holding the calling thread: the text is read on
     * {@link IntakeWork}'s threads and the stage completes after the commit. May be called from an
     * I/O thread.
     */
    public CompletionStage<Receipt> submitLater(TipSubmission submission) {
        String traceparent = Traceparent.current();
        return work.submit(() -> draft(submission, null, traceparent)).thenCompose(draft -> journal.storeLater(draft)
                .thenApply(stored -> receipt(draft.tip(), draft.accessCode(), false)));
    }

    /**
     * Submits a tip at most once per key: a retry with the same key and the same request gets the
     * first receipt again and publishes nothing new; the same key with another request is refused.
     */
    public Receipt submit(TipSubmission submission, String idempotencyKey) {
        String requestDigest = digestOf(submission);
        Optional<Receipt> earlier = replay(idempotencyKey, requestDigest);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String traceparent = Traceparent.current();
        TipDraft draft = work.run(() -> draft(submission, new TipDraft.IdempotencyClaim(idempotencyKey, requestDigest),
                traceparent));
        if (journal.store(draft) == TipJournal.Outcome.STORED) {
            return receipt(draft.tip(), draft.accessCode(), false);
        }
        // A concurrent request with the same key was stored first; answer as it was answered.
        return replay(idempotencyKey, requestDigest).orElseThrow(IdempotencyConflictException::new);
    }

    /** The tip as it will be stored; {@code traceparent} is the request's, taken on its thread. */
    private TipDraft draft(TipSubmission submission, TipDraft.IdempotencyClaim claim, String traceparent) {
        Instant now = Instant.now();
        Classification classification = classifier.classify(submission.text());
        List<Agency> destinations = submission.triageOnly() ? List.of(router.table().triage())
                : router.route(classification, submission.reportedRightType(), amounts.largestYuan(submission.text()));

        Tip tip = new Tip();
        tip.id = Ids.newId();
        TipSubmission.Credentials credentials = submission.credentials().orElseGet(TipSubmission.Credentials::issue);
        tip.trackingNumber = credentials.trackingNumber();
        String accessCode = credentials.accessCode();
        tip.accessCodeDigest = AccessCode.digest(secrets, tip.trackingNumber, accessCode);
        tip.channel = submission.channel();
        tip.text = submission.text().strip();
        tip.language = LanguageDetector.detect(tip.text);
        tip.reporter = submission.reporter();
        tip.foreignInvested = submission.foreignInvested();
        tip.reportedRightType = submission.reportedRightType().orElse(null);
        tip.classifyAs(classification);
        tip.classifiedBy = classifier.model();
        tip.evidence = new ArrayList<>(submission.evidence());
        tip.clusterKeys = new ArrayList<>(ClusterKeys.of(tip.text, classification.registrationNumbers()));
        tip.agencies = new ArrayList<>(destinations.stream().map(Agency::code).toList());
        Optional<Region> region = submission.region().or(() -> Regions.get().inferFrom(tip.text));
        tip.region = region.map(Region::code).orElse(null);
        tip.regionInferred = submission.region().isEmpty() && region.isPresent();
        tip.receivedAt = now;
        tip.moveTo(TipStatus.RECEIVED, null, null, now);
        tip.moveTo(TipStatus.ROUTED, String.join(",", tip.agencies), null, now);
        return new TipDraft(tip, accessCode, destinations, claim, claim == null ? null : secrets.seal(accessCode),
                traceparent);
    }

    private Optional<Receipt> replay(String idempotencyKey, String requestDigest) {
        return QuarkusTransaction.requiringNew().call(() -> findEarlier(idempotencyKey, requestDigest));
    }

    private Optional<Receipt> findEarlier(String idempotencyKey, String requestDigest) {
        Optional<IdempotencyRecord> found = IdempotencyRecord.<IdempotencyRecord>findByIdOptional(idempotencyKey)
                .filter(record -> record.createdAt.isAfter(Instant.now().minus(config.idempotencyWindow())));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IdempotencyRecord record = found.get();
        if (!record.requestDigest.equals(requestDigest)) {
            throw new IdempotencyConflictException();
        }
        Tip tip = Tip.findById(record.tipId);
        // Sealed since the service has a key; a key from before that is at most a day old, in clear.
        return Optional.of(receipt(tip, secrets.open(record.accessCode).orElse(record.accessCode), true));
    }

    private static Receipt receipt(Tip tip, String accessCode, boolean replayed) {
        return new Receipt(tip.id, tip.trackingNumber, accessCode, tip.status, tip.classification(),
                List.copyOf(tip.agencies), replayed);
    }

    /**
     * Forgets idempotency keys, and with them the (sealed) access codes, after the window;
     * {@code retention/Retention} calls it.
     */
    public void forgetOldIdempotencyKeys() {
        QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("createdAt < ?1",
                Instant.now().minus(config.idempotencyWindow())));
    }

    private static String digestOf(TipSubmission submission) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            Reporter reporter = submission.reporter();
            for (Object part : new Object[] {submission.channel(), submission.text(), reporter.name(),
                    reporter.organisation(), reporter.phone(), reporter.email(), submission.foreignInvested(),
                    submission.reportedRightType().orElse(null),
                    submission.evidence().stream().map(Evidence::fingerprint).toList()}) {
                sha256.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
