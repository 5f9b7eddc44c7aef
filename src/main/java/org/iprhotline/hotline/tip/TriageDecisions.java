package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import org.iprhotline.hotline.classify.Flag;
import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.outbox.Outbox;
import org.iprhotline.hotline.outbox.StagedEvent;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.significance.Amounts;

/**
 * The triage desk decides what a tip nobody could route is: its right and circumstances. The tip
 * then goes where the routing table sends that decision, exactly as if the classifier had made it
 * (ipr.tip.routed to each agency), the triage desk no longer holds it, and the decision is kept as
 * a labelled example ({@link LabelledExamples}) for the classifier's next training. A tip the desk
 * finds is no IP matter at all (a refund, a noisy neighbour, spam) it closes with the outcome
 * {@code not_ip_matter}: the reporter hears so, and the tip is kept as a {@code none} example.
 */
@ApplicationScoped
public class TriageDecisions {

    /** What became of a decision. */
    public sealed interface Result {
    }

    public record Routed(List<String> agencies) implements Result {
    }

    /** Closed by the desk as no IP matter. */
    public record Closed() implements Result {
    }

    public record NotFound() implements Result {
    }

    /** The tip is not (or no longer) with the triage desk: someone decided already, or it was routed. */
    public record NotInTriage() implements Result {
    }

    /** What a tip the desk decided says in classifiedBy. */
    public static final String CLASSIFIED_BY = "triage-desk";

    private final Router router;
    private final Amounts amounts;
    private final Outbox outbox;
    private final AgencyCopies copies;
    private final LabelledExamples examples;
    private final Event<TipStatusUpdates.Notice> notices;
    private final SignificantTips significantTips;
    private final CampaignTargets targets;

    TriageDecisions(Router router, Amounts amounts, SignificantTips significantTips, CampaignTargets targets,
            Outbox outbox, AgencyCopies copies, LabelledExamples examples, Event<TipStatusUpdates.Notice> notices) {
        this.targets = targets;
        this.notices = notices;
        this.router = router;
        this.amounts = amounts;
        this.significantTips = significantTips;
        this.outbox = outbox;
        this.copies = copies;
        this.examples = examples;
    }

    /**
     * Routes the tip as {@code rightType} with {@code flags}, or, for {@link RightType#NONE} (which
     * takes no flags: a flag names the channel of an infringement), closes the desk's part of it as
     * no IP matter.
     */
    @Transactional
    public Result decide(TrackingNumber number, RightType rightType, Set<Flag> flags, String decidedBy, String note) {
        if (rightType == RightType.NONE && !flags.isEmpty()) {
            throw new IllegalArgumentException("a tip that is no IP matter carries no flag");
        }
        Tip tip = Tip.<Tip>find("trackingNumber", number).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (tip == null) {
            return new NotFound();
        }
        String triage = router.table().triage().code();
        if (!tip.agencies.contains(triage) || tip.status == TipStatus.CLOSED
                || deskPart(tip, triage).filter(AgencyStanding::done).isPresent()) {
            return new NotInTriage();
        }
        Instant now = Instant.now();
        RightType modelSaid = tip.rightType;
        // The campaigns follow what the desk says the tip is, not what the classifier guessed; a
        // campaign targeting the tip's cluster keeps it.
        tip.campaigns = targets.campaignsOf(tip, rightType.code(), flags.stream().map(Flag::code).toList());
        if (rightType == RightType.NONE) {
            tip.close(triage, note == null || note.isBlank() ? null : note.strip(), CaseOutcome.NOT_IP_MATTER, null,
                    now, router.table()::currentCode);
            TipStatusUpdates.Notice.of(tip, Optional.empty(), deskPart(tip, triage)).ifPresent(notices::fire);
            examples.closed(tip, CaseOutcome.NOT_IP_MATTER, LabelledExamples.Source.TRIAGE, decidedBy, modelSaid, now);
            return new Closed();
        }
        List<Agency> destinations = router.table().responsibleFor(rightType, flags, false,
                amounts.largestYuan(tip.text));
        tip.rightType = rightType;
        tip.flags = new ArrayList<>(flags.stream().map(Flag::code).sorted().toList());
        tip.classifiedBy = CLASSIFIED_BY;
        tip.agencies.remove(triage);
        destinations.stream().map(Agency::code).filter(code -> !tip.agencies.contains(code)).forEach(tip.agencies::add);
        tip.moveTo(TipStatus.ROUTED, String.join(",", destinations.stream().map(Agency::code).toList()),
                note == null || note.isBlank() ? "routed by the triage desk" : note.strip(), now);
        List<StagedEvent> events = new ArrayList<>();
        for (Agency agency : destinations) {
            events.add(copies.to(agency, tip.id, tip.region, TipRouted.TYPE, copies.routed(tip, agency)));
        }
        // What nobody could classify may be significant once the desk says what it is; the office is
        // told once per tip, so not again for one it heard of at intake. Clusters are counted there.
        Tip.getEntityManager().unwrap(Session.class)
                .doReturningWork(connection -> significantTips.readAgain(connection, tip, now))
                .ifPresent(events::add);
        outbox.write(events);
        // The reporter hears where it went, as after any agency's step (text message, e-mail).
        TipStatusUpdates.Notice.of(tip, Optional.empty(), Optional.empty()).ifPresent(notices::fire);
        examples.record(tip, rightType, tip.flags, LabelledExamples.Source.TRIAGE, decidedBy, modelSaid, now);
        return new Routed(destinations.stream().map(Agency::code).toList());
    }

    /** Where the desk stands on the tip, as the reporter's history shows it. */
    private Optional<AgencyStanding> deskPart(Tip tip, String triage) {
        return tip.standings(router.table()::currentCode).stream()
                .filter(standing -> standing.agency().equals(triage)).findFirst();
    }
}
