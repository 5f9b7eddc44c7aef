package org.iprhotline.hotline.tip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.iprhotline.hotline.classify.Classification;
import org.iprhotline.hotline.classify.Classifier;
import org.iprhotline.hotline.classify.LanguageDetector;
import org.iprhotline.hotline.outbox.Outbox;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;

/**
 * Where every tip enters, whatever the channel: it is classified, routed, stored with its history
 * and staged for each agency's topic in one transaction, before the reporter gets a receipt.
 */
@ApplicationScoped
public class TipIntake {

    private static final Logger LOG = Logger.getLogger(TipIntake.class);
    private static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);

    private final Classifier classifier;
    private final Router router;
    private final Outbox outbox;

    TipIntake(Classifier classifier, Router router, Outbox outbox) {
        this.classifier = classifier;
        this.router = router;
        this.outbox = outbox;
    }

    public Receipt submit(TipSubmission submission) {
        return QuarkusTransaction.requiringNew().call(() -> accept(submission, null));
    }

    /**
     * Submits a tip at most once per key: a retry with the same key and the same request gets the
     * first receipt again, and publishes nothing new.
     */
    public Receipt submit(TipSubmission submission, String idempotencyKey) {
        String requestDigest = digestOf(submission);
        Optional<Receipt> earlier = QuarkusTransaction.requiringNew().call(() -> replay(idempotencyKey, requestDigest));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return QuarkusTransaction.requiringNew()
                    .call(() -> accept(submission, new IdempotencyKey(idempotencyKey, requestDigest)));
        } catch (PersistenceException e) {
            if (!(e.getCause() instanceof ConstraintViolationException)) {
                throw e;
            }
            // A concurrent request with the same key won the race; answer as it did.
            return QuarkusTransaction.requiringNew().call(() -> replay(idempotencyKey, requestDigest))
                    .orElseThrow(() -> e);
        }
    }

    private record IdempotencyKey(String key, String requestDigest) {
    }

    private Receipt accept(TipSubmission submission, IdempotencyKey idempotency) {
        Instant now = Instant.now();
        Classification classification = classifier.classify(submission.text());
        List<Agency> destinations = router.route(classification);

        Tip tip = new Tip();
        tip.id = UUID.randomUUID();
        tip.trackingNumber = TrackingNumber.generate();
        String accessCode = AccessCode.generate();
        tip.accessCodeDigest = AccessCode.digest(tip.trackingNumber, accessCode);
        tip.channel = submission.channel();
        tip.text = submission.text().strip();
        tip.language = LanguageDetector.detect(tip.text);
        tip.reporter = submission.reporter();
        tip.foreignInvested = submission.foreignInvested();
        tip.reportedRightType = submission.reportedRightType().orElse(null);
        tip.classifyAs(classification);
        tip.agencies = new ArrayList<>(destinations.stream().map(Agency::code).toList());
        tip.receivedAt = now;
        tip.moveTo(TipStatus.RECEIVED, null, null, now);
        tip.moveTo(TipStatus.ROUTED, String.join(",", tip.agencies), null, now);
        tip.persist();

        for (Agency agency : destinations) {
            outbox.stage(agency.topic(), tip.id, TipRouted.TYPE, TipRouted.of(tip, agency.code()));
        }
        if (idempotency != null) {
            IdempotencyRecord record = new IdempotencyRecord();
            record.key = idempotency.key();
            record.requestDigest = idempotency.requestDigest();
            record.tipId = tip.id;
            record.accessCode = accessCode;
            record.createdAt = now;
            record.persist();
        }
        // Flush here so that a duplicate idempotency key fails inside this call, not at commit.
        Tip.flush();
        LOG.infof("tip %s received by %s, routed to %s", tip.id, tip.channel.code(), tip.agencies);
        return new Receipt(tip.id, tip.trackingNumber, accessCode, tip.status, classification, List.copyOf(tip.agencies),
                false);
    }

    private Optional<Receipt> replay(String idempotencyKey, String requestDigest) {
        Optional<IdempotencyRecord> found = IdempotencyRecord.<IdempotencyRecord>findByIdOptional(idempotencyKey)
                .filter(record -> record.createdAt.isAfter(Instant.now().minus(IDEMPOTENCY_WINDOW)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IdempotencyRecord record = found.get();
        if (!record.requestDigest.equals(requestDigest)) {
            throw new IdempotencyConflictException();
        }
        Tip tip = Tip.findById(record.tipId);
        return Optional.of(new Receipt(tip.id, tip.trackingNumber, record.accessCode, tip.status, tip.classification(),
                List.copyOf(tip.agencies), true));
    }

    /** Forgets idempotency keys, and with them the access codes kept in clear, after a day. */
    @Scheduled(every = "1h", delayed = "1m")
    void forgetOldIdempotencyKeys() {
        QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("createdAt < ?1",
                Instant.now().minus(IDEMPOTENCY_WINDOW)));
    }

    private static String digestOf(TipSubmission submission) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            Reporter reporter = submission.reporter();
            for (Object part : new Object[] {submission.channel(), submission.text(), reporter.name(),
                    reporter.organisation(), reporter.phone(), reporter.email(), submission.foreignInvested(),
                    submission.reportedRightType().orElse(null)}) {
                sha256.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
