package org.iprhotline.hotline.tip;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.iprhotline.hotline.outbox.Outbox;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;

/**
 * Applies what agencies report back. Only an agency that holds a tip may change it; anything else
 * is recorded as rejected and changes nothing. A transfer hands the tip, with its evidence and
 * history, to the new agency's topic, and the old agency no longer holds it; a criminal referral
 * ({@link CriminalReferrals}) sends it to public security while the referring agency keeps it.
 */
@ApplicationScoped
public class TipStatusUpdates {

    private static final Set<TipStatus> AGENCY_STATUSES = EnumSet.of(TipStatus.ACCEPTED, TipStatus.IN_PROGRESS,
            TipStatus.INFO_REQUESTED, TipStatus.TRANSFERRED, TipStatus.CLOSED, TipStatus.REFERRED,
            TipStatus.REFERRAL_ACCEPTED, TipStatus.REFERRAL_REFUSED);

    /** Larger than any penalty, and than the column holds. */
    private static final BigDecimal MAX_PENALTY = new BigDecimal("1e13");

    /**
     * Why an update was rejected, where a person may meet it on the staff screens and should read
     * it in the desk's language; {@link #OTHER} for what the forms prevent or only systems send.
     */
    public enum Refusal {
        /** The agency took this step before, and it counts once. */
        REPEAT,
        /** The agency no longer holds the tip (another officer transferred it meanwhile). */
        NOT_HOLDING,
        /** The transfer's target already holds the tip. */
        TARGET_HOLDS,
        /** A referral of the tip to public security awaits its answer. */
        REFERRAL_OPEN,
        /** Public security, the procuratorate or the triage desk asked to refer the tip to public security. */
        NOT_REFERRER,
        /** An answer to a referral when none awaits one (it was answered meanwhile). */
        NO_OPEN_REFERRAL,
        OTHER
    }

    /** What became of an update, and whom to tell; {@code refusal} is null when it was applied. */
    public record Result(boolean applied, String reason, Optional<Notice> notice, Refusal refusal) {

        static Result applied(Optional<Notice> notice) {
            return new Result(true, null, notice, null);
        }

        static Result rejected(String reason) {
            return rejected(Refusal.OTHER, reason);
        }

        static Result rejected(Refusal refusal, String reason) {
            return new Result(false, reason, Optional.empty(), refusal);
        }
    }

    /**
     * A message for the reporter: by text message to the number they called or texted from, and by
     * e-mail to the address they gave.
     *
     * @param phone    for a reporter who came by SMS or phone: their number; otherwise null
     * @param email    the address the reporter gave, or null
     * @param asking   when the update asks the reporter for more: that agency's standing, with its question
     * @param closing  when the update closed one agency's part: that agency's standing, with its outcome
     */
    public record Notice(Channel channel, String phone, String email, String language, TrackingNumber trackingNumber,
            TipStatus status, List<String> agencies, Optional<AgencyStanding> asking,
            Optional<AgencyStanding> closing) {

        /** For the tip as it now stands; empty when the reporter gave no way to reach them. */
        static Optional<Notice> of(Tip tip, Optional<AgencyStanding> asking, Optional<AgencyStanding> closing) {
            String phone = tip.reporter == null || (tip.channel != Channel.SMS && tip.channel != Channel.VOICE) ? null
                    : tip.reporter.phone();
            String email = tip.reporter == null ? null : tip.reporter.email();
            return phone == null && email == null ? Optional.empty()
                    : Optional.of(new Notice(tip.channel, phone, email, tip.language, tip.trackingNumber, tip.status,
                            List.copyOf(tip.agencies), asking, closing));
        }

        @Override
        public String toString() {
            return "Notice[" + trackingNumber + ", " + status + "]";
        }
    }

    private final EntityManager entityManager;
    private final Router router;
    private final Outbox outbox;
    private final Event<Notice> notices;
    private final CriminalReferrals referrals;
    private final AgencyCopies copies;
    private final LabelledExamples examples;

    TipStatusUpdates(EntityManager entityManager, Router router, Outbox outbox, AgencyCopies copies,
            Event<Notice> notices, CriminalReferrals referrals, LabelledExamples examples) {
        this.entityManager = entityManager;
        this.examples = examples;
        this.copies = copies;
        this.referrals = referrals;
        this.router = router;
        this.outbox = outbox;
        this.notices = notices;
    }

    @Transactional
    public Result apply(StatusUpdate update) {
        if (!firstDelivery(update)) {
            return Result.rejected("duplicate event");
        }
        Result result = decide(update);
        entityManager.createNativeQuery("update agency_update set outcome = ?1, reason = ?2 where event_id = ?3")
                .setParameter(1, result.applied() ? "APPLIED" : "REJECTED").setParameter(2, result.reason())
                .setParameter(3, update.eventId()).executeUpdate();
        // Observers (the reporter's text message) write in this same transaction.
        result.notice().ifPresent(notices::fire);
        return result;
    }

    private Result decide(StatusUpdate update) {
        if (!update.agency().equals(update.claimedAgency())) {
            return Result.rejected("the event's source names " + update.claimedAgency() + ", but it came on "
                    + update.agency() + "'s topic");
        }
        if (!AGENCY_STATUSES.contains(update.status())) {
            return Result.rejected("an agency cannot set status " + update.status().code());
        }
        Optional<Tip> found = TrackingNumber.parse(update.trackingNumber())
                .flatMap(number -> Tip.<Tip>find("trackingNumber", number).withLock(LockModeType.PESSIMISTIC_WRITE)
                        .firstResultOptional());
        if (found.isEmpty()) {
            return Result.rejected("no tip with this tracking number");
        }
        Tip tip = found.get();
        if (!tip.agencies.contains(update.agency())) {
            return Result.rejected(Refusal.NOT_HOLDING, update.agency() + " does not hold this tip");
        }
        if (update.province().isPresent() && (tip.region == null || !tip.region.startsWith(update.province().get()))) {
            return Result.rejected(update.agency() + "'s bureau of province " + update.province().get()
                    + " does not hold this tip: it is from " + (tip.region == null ? "no known region" : tip.region));
        }
        Instant now = Instant.now();
        if (update.status().referralStep()) {
            return referrals.apply(tip, update, now);
        }
        String note = update.note().orElse(null);
        if (update.status() == TipStatus.INFO_REQUESTED && (note == null || note.isBlank())) {
            return Result.rejected("info_requested takes the question for the reporter in note");
        }
        Optional<String> repeated = repeated(tip, update);
        if (repeated.isPresent()) {
            return Result.rejected(Refusal.REPEAT, repeated.get());
        }
        if (update.status() == TipStatus.TRANSFERRED) {
            Optional<Agency> target = update.transferTo().flatMap(router.table()::accepting);
            if (target.isEmpty() || target.get().code().equals(update.agency())) {
                return Result.rejected("a transfer names another known agency in transferTo");
            }
            if (tip.agencies.contains(target.get().code())) {
                // It would reach the same agency twice: a second case there, a second receipt counted.
                return Result.rejected(Refusal.TARGET_HOLDS, target.get().code() + " already holds this tip: "
                        + update.agency() + " closes its own part instead of transferring it");
            }
            tip.agencies.remove(update.agency());
            tip.agencies.add(target.get().code());
            // Passed to an agency that leads on one right only: the agency says what the tip is.
            router.table().onlyRightLedBy(target.get()).ifPresent(right -> examples.record(tip, right, tip.flags,
                    LabelledExamples.Source.TRANSFER, update.agency(), tip.rightType, now));
            tip.moveTo(TipStatus.TRANSFERRED, update.agency() + " -> " + target.get().code(), note, now);
            // The agency it passes to takes the case over, with the reporter's contact details.
            stage(target.get(), tip, new TipTransferred(update.agency(), now, note,
                    TipRouted.of(tip, target.get().code(), true),
                    TipProgress.of(tip, router.table()::currentCode).history()));
        } else if (update.status() == TipStatus.CLOSED) {
            Optional<CaseOutcome> outcome = update.outcome().flatMap(CaseOutcome::parse);
            if (outcome.isEmpty()) {
                return Result.rejected("closing takes an outcome, one of " + CaseOutcome.CODES);
            }
            BigDecimal penalty = update.penaltyYuan().orElse(null);
            if (outcome.get() == CaseOutcome.PENALTY_IMPOSED
                    && (penalty == null || penalty.signum() <= 0 || penalty.compareTo(MAX_PENALTY) >= 0)) {
                return Result.rejected("penalty_imposed takes penaltyYuan, the amount in yuan (above 0)");
            }
            examples.closed(tip, outcome.get(), LabelledExamples.Source.CLOSING, update.agency(), tip.rightType, now);
            tip.close(update.agency(), note, outcome.get(),
                    outcome.get() == CaseOutcome.PENALTY_IMPOSED ? penalty : null, now, router.table()::currentCode);
        } else {
            // Progress reported again: kept in the history, but the reporter, whose message would
            // say the same as the last one, is not told again.
            boolean stillInProgress = update.status() == TipStatus.IN_PROGRESS && standingOf(tip, update.agency())
                    .filter(standing -> standing.status() == TipStatus.IN_PROGRESS).isPresent();
            tip.moveTo(update.status(), update.agency(), note, now);
            if (stillInProgress) {
                return Result.applied(Optional.empty());
            }
        }
        Optional<AgencyStanding> part = standingOf(tip, update.agency());
        Optional<Notice> notice = Notice.of(tip, update.status() == TipStatus.INFO_REQUESTED ? part : Optional.empty(),
                update.status() == TipStatus.CLOSED ? part : Optional.empty());
        return Result.applied(notice);
    }

    /**
     * Why the update repeats a step that counts once, when it does: the monthly report counts it
     * and the reporter is told of it, so taken twice both would be twice. An agency accepts a tip
     * once each time it receives it, and closes its part once until it reopens the case
     * ({@code in_progress}). The usual cause is a system sending its step again under a new ce_id.
     */
    private Optional<String> repeated(Tip tip, StatusUpdate update) {
        Optional<AgencyStanding> part = standingOf(tip, update.agency());
        if (part.isEmpty()) {
            return Optional.empty();
        }
        AgencyStanding standing = part.get();
        if (update.status() == TipStatus.CLOSED && standing.status() == TipStatus.CLOSED) {
            return Optional.of(update.agency() + " closed its part on " + standing.since() + " ("
                    + (standing.outcome() == null ? "no outcome" : standing.outcome().code())
                    + "): a closing is counted once; a case reopened with in_progress may close again");
        }
        if (update.status() == TipStatus.ACCEPTED && standing.routedAt() != null) {
            return tip.history.stream()
                    .filter(step -> step.status == TipStatus.ACCEPTED && step.agency != null
                            && update.agency().equals(router.table().currentCode(step.agency))
                            && !step.changedAt.isBefore(standing.routedAt()))
                    .findFirst().map(step -> update.agency() + " accepted the tip on " + step.changedAt
                            + ": an acceptance is counted once each time the agency receives the tip");
        }
        return Optional.empty();
    }

    private Optional<AgencyStanding> standingOf(Tip tip, String agency) {
        return tip.standings(router.table()::currentCode).stream()
                .filter(standing -> standing.agency().equals(agency)).findFirst();
    }

    private void stage(Agency target, Tip tip, TipTransferred event) {
        outbox.write(List.of(copies.to(target, tip.id, tip.region, TipTransferred.TYPE, event)));
    }

    private boolean firstDelivery(StatusUpdate update) {
        return entityManager.createNativeQuery("""
                insert into agency_update (event_id, agency, tracking_number, status, outcome, received_at, acted_by)
                values (?1, ?2, ?3, ?4, 'REJECTED', ?5, ?6) on conflict (event_id) do nothing""")
                .setParameter(1, update.eventId()).setParameter(2, update.agency())
                .setParameter(3, update.trackingNumber()).setParameter(4, update.status().name())
                .setParameter(5, Instant.now()).setParameter(6, update.actedBy().orElse(null)).executeUpdate() == 1;
    }
}
