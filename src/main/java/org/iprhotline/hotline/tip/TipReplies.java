package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.iprhotline.hotline.outbox.Outbox;
import org.iprhotline.hotline.outbox.StagedEvent;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;

/**
 * The reporter's side of a two-way case: a reply to their tip, with its tracking number and access
 * code (checked and counted as a look-up is). It answers every question open at that moment (each
 * holding agency whose last step asked for more information), is kept apart from the tip's text so
 * it never reroutes the tip, and reaches every agency still working on the tip as
 * {@code ipr.tip.updated}. A closed tip takes no replies.
 */
@ApplicationScoped
public class TipReplies {

    /** What became of a reply. */
    public sealed interface Result {
    }

    /** @param answered the agencies whose question it answered */
    public record Replied(Instant at, List<String> answered) implements Result {
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

    TipReplies(TipLookup lookup, Router router, Outbox outbox, AgencyCopies copies) {
        this.lookup = lookup;
        this.router = router;
        this.outbox = outbox;
        this.copies = copies;
    }

    /** Adds the reply when the number and code match; a reply tells no more than a look-up does. */
    public Result reply(String trackingNumber, String accessCode, String text, Channel channel) {
        TipLookup.Result found = lookup.forReporter(trackingNumber, accessCode);
        if (!(found instanceof TipLookup.Found progress)) {
            return new Refused(found);
        }
        return QuarkusTransaction.requiringNew().<Result>call(() -> {
            Tip tip = Tip.<Tip>find("trackingNumber", progress.progress().trackingNumber())
                    .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
            if (tip.status == TipStatus.CLOSED) {
                return new Closed();
            }
            Instant now = Instant.now();
            List<AgencyStanding> standings = tip.standings(router.table()::currentCode);
            List<TipUpdated.Answered> answered = standings.stream()
                    .filter(standing -> standing.status() == TipStatus.INFO_REQUESTED)
                    .map(standing -> new TipUpdated.Answered(standing.agency(), standing.question(), standing.since()))
                    .toList();
            String reply = text.strip();
            tip.reply(reply, channel, answered.stream().map(TipUpdated.Answered::agency).toList(), now);
            List<String> working = standings.stream().filter(standing -> !standing.done())
                    .map(AgencyStanding::agency).toList();
            List<StagedEvent> events = new ArrayList<>();
            for (Agency agency : copies.holding(working)) {
                events.add(copies.to(agency, tip.id, tip.region, TipUpdated.TYPE, new TipUpdated(tip.id,
                        tip.trackingNumber.formatted(), agency.code(), List.copyOf(tip.agencies), now, reply, List.of(),
                        tip.text, tip.rightType.code(), List.copyOf(tip.flags), answered)));
            }
            outbox.write(events);
            return new Replied(now, answered.stream().map(TipUpdated.Answered::agency).toList());
        });
    }
}
