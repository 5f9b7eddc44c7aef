package org.iprhotline.hotline.tip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.iprhotline.hotline.outbox.Outbox;
import org.iprhotline.hotline.outbox.StagedEvent;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;

/**
 * The reporter's side of a two-way case: a reply to their tip, with its tracking number and access
 * code (checked and counted as a look-up is), or a text from the number that reported it. It
 * answers every question open at that moment (each holding agency whose last step asked for more
 * information after the reporter's last reply), is kept apart from the tip's text so
 * it never reroutes the tip, and reaches every agency still working on the tip as
 * {@code ipr.tip.updated}. A closed tip takes no replies.
 */
@ApplicationScoped
public class TipReplies {

    /** What became of a reply. */
    public sealed interface Result {
    }

    /**
     * @param answered the agencies whose question it answered
     * @param replayed the same reply was received before under the same key: nothing was added
     */
    public record Replied(Instant at, List<String> answered, boolean replayed) implements Result {
    }

    /** The key was used for another reply to this tip. */
    public record KeyReused() implements Result {
    }

    /** The tip is closed: nobody is working on it to read the reply. */
    public record Closed() implements Result {
    }

    /** The number and code did not open a tip: the look-up's own answer (not found, or locked). */
    public record Refused(TipLookup.Result lookup) implements Result {
    }

    private final TipLookup lookup;
    private final Router router;
    private final Outbox outbox;
    private final AgencyCopies copies;
    private final EntityManager entityManager;

    TipReplies(TipLookup lookup, Router router, Outbox outbox, AgencyCopies copies, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.lookup = lookup;
        this.router = router;
        this.outbox = outbox;
        this.copies = copies;
    }

    /**
     * Adds the reply when the number and code match; a reply tells no more than a look-up does.
     * {@code files} are evidence files staged for this reply (checked, digested and stored as they
     * arrived); they join the tip's evidence with the reply.
     */
    public Result reply(String trackingNumber, String accessCode, String text, Channel channel, List<Evidence> files,
            Optional<String> idempotencyKey) {
        TipLookup.Result found = lookup.forReporter(trackingNumber, accessCode);
        if (!(found instanceof TipLookup.Found progress)) {
            return new Refused(found);
        }
        return QuarkusTransaction.requiringNew().<Result>call(() -> {
            Tip tip = Tip.<Tip>find("trackingNumber", progress.progress().trackingNumber())
                    .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
            // The tip is locked: a retry racing its first sending waits here, then finds it.
            if (idempotencyKey.isPresent()) {
                String digest = digest(text, files);
                Optional<TipReply> earlier = tip.replies.stream()
                        .filter(reply -> idempotencyKey.get().equals(reply.idempotencyKey)).findFirst();
                if (earlier.isPresent()) {
                    return digest.equals(earlier.get().requestDigest)
                            ? new Replied(earlier.get().receivedAt, List.copyOf(earlier.get().answers), true)
                            : new KeyReused();
                }
                Result result = add(tip, text, channel, files);
                if (result instanceof Replied) {
                    // Only a reply that was added takes the key: a closed tip adds none.
                    TipReply added = tip.replies.get(tip.replies.size() - 1);
                    added.idempotencyKey = idempotencyKey.get();
                    added.requestDigest = digest;
                }
                return result;
            }
            return add(tip, text, channel, files);
        });
    }

    /** A reply's text and its files' digests, digested: what a retry must repeat. */
    private static String digest(String text, List<Evidence> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(text.strip().getBytes(StandardCharsets.UTF_8));
            for (Evidence file : files) {
                sha.update((byte) 0);
                sha.update(file.fingerprint().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The open tip reported from this phone (by SMS or a call) whose agency waits for an answer
     * the reporter has not given yet, newest first: a text from that number answers it.
     */
    public Optional<UUID> awaitingAnswerFrom(String phone) {
        return QuarkusTransaction.requiringNew().call(() -> Tip.<Tip>find("""
                reporter.phone = ?1 and channel in ?2 and status <> ?3 order by updatedAt desc""",
                phone, List.of(Channel.SMS, Channel.VOICE), TipStatus.CLOSED).page(0, 5).list().stream()
                .filter(tip -> !openQuestions(tip).isEmpty()).map(tip -> tip.id).findFirst());
    }

    /**
     * A text from the reporter's own number answering {@link #awaitingAnswerFrom}: the number is
     * theirs, so no access code is asked for. Joins the caller's transaction. Empty, and nothing
     * added, when the tip was closed after {@link #awaitingAnswerFrom} found it: the caller takes
     * the text as a new report rather than leave it in a tip nobody reads.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TrackingNumber> replyByText(UUID tipId, String text, List<Evidence> pictures) {
        Tip tip = Tip.findById(tipId, LockModeType.PESSIMISTIC_WRITE);
        return add(tip, text, Channel.SMS, pictures) instanceof Closed ? Optional.empty()
                : Optional.of(tip.trackingNumber);
    }

    private Result add(Tip tip, String text, Channel channel, List<Evidence> files) {
        if (tip.status == TipStatus.CLOSED) {
            return new Closed();
        }
        // As the database keeps it, so that a retry is answered with the same time as the first.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        attach(tip, files);
        List<AgencyStanding> standings = tip.standings(router.table()::currentCode);
        List<TipUpdated.Answered> answered = openQuestions(tip);
        String reply = text.strip();
        tip.reply(reply, channel, answered.stream().map(TipUpdated.Answered::agency).toList(), now);
        List<String> working = standings.stream().filter(standing -> !standing.done())
                .map(AgencyStanding::agency).toList();
        List<StagedEvent> events = new ArrayList<>();
        for (Agency agency : copies.holding(working)) {
            events.add(copies.to(agency, tip.id, tip.region, TipUpdated.TYPE, new TipUpdated(tip.id,
                    tip.trackingNumber.formatted(), agency.code(), List.copyOf(tip.agencies), now, reply, List.copyOf(files),
                    tip.text, tip.rightType.code(), List.copyOf(tip.flags), tip.classifiedBy, answered)));
        }
        outbox.write(events);
        return new Replied(now, answered.stream().map(TipUpdated.Answered::agency).toList(), false);
    }

    /**
     * The reply's evidence joins the tip's. An uploaded file becomes the tip's in the same
     * transaction (then only agencies holding the tip can download it); a file that already belongs
     * to a tip, or was never staged, fails the reply.
     */
    private void attach(Tip tip, List<Evidence> files) {
        for (Evidence file : files) {
            if (file.isFile() && entityManager.createNativeQuery(
                    "update evidence_file set tip_id = ?1 where id = ?2 and tip_id is null")
                    .setParameter(1, tip.id).setParameter(2, file.id()).executeUpdate() != 1) {
                throw new IllegalStateException("evidence file " + file.id() + " is not staged for this reply");
            }
            tip.evidence.add(file);
        }
    }

    /** The questions of holding agencies waiting on the reporter, asked after the reporter's last reply. */
    private List<TipUpdated.Answered> openQuestions(Tip tip) {
        Instant lastReply = tip.replies.isEmpty() ? Instant.MIN : tip.replies.get(tip.replies.size() - 1).receivedAt;
        return tip.standings(router.table()::currentCode).stream()
                .filter(standing -> standing.status() == TipStatus.INFO_REQUESTED)
                .map(standing -> new TipUpdated.Answered(standing.agency(), standing.question(), standing.since()))
                .filter(question -> question.askedAt().isAfter(lastReply))
                .toList();
    }
}
