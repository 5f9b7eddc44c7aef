package org.iprhotline.hotline.agency;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.iprhotline.hotline.tip.ReferralConfig;

/** Whether a tip has passed its deadline, and which one. */
@ApplicationScoped
public class Overdue {

    /**
     * A missed deadline; {@code provisional} when it falls after the years the holiday calendar
     * covers (counted without that year's holidays); {@code owedBy} the one agency that owes it
     * (public security, for a referral's answer), or null when every agency holding the tip does.
     */
    public record Missed(String deadline, Instant due, boolean provisional, String owedBy) {
    }

    private final Deadlines deadlines;
    private final ReferralConfig referral;

    Overdue(Deadlines deadlines, ReferralConfig referral) {
        this.deadlines = deadlines;
        this.referral = referral;
    }

    /** The tip's own deadline when it has passed; else a referral's answer, when that is late. */
    public Optional<Missed> check(CaseFacts.Facts facts, Instant now) {
        if ("CLOSED".equals(facts.status()) || facts.agencies().contains("TRIAGE")) {
            return Optional.empty();
        }
        return tipDeadline(facts, now).or(() -> referralAnswer(facts, now));
    }

    private Optional<Missed> tipDeadline(CaseFacts.Facts facts, Instant now) {
        if (facts.acceptedAt() == null || facts.transferred() && facts.acceptedAt().isBefore(facts.routedAt())) {
            Instant due = facts.agencies().stream()
                    .map(agency -> deadlines.acceptBy(agency, facts.routedAt()))
                    .min(Instant::compareTo)
                    .orElse(Instant.MAX);
            return now.isAfter(due) ? Optional.of(new Missed("acceptance", due, deadlines.provisional(due), null))
                    : Optional.empty();
        }
        Instant due = deadlines.feedbackBy(facts.acceptedAt(), facts.complex());
        // Feedback is due after calendar days, which no holiday moves.
        return now.isAfter(due) ? Optional.of(new Missed("feedback", due, false, null)) : Optional.empty();
    }

    /** Public security decides within days of a referral whether it is a criminal case; calendar days. */
    private Optional<Missed> referralAnswer(CaseFacts.Facts facts, Instant now) {
        if (facts.referredAt() == null) {
            return Optional.empty();
        }
        Instant due = deadlines.referralAnswerBy(facts.referredAt());
        return now.isAfter(due) ? Optional.of(new Missed("referral", due, false, referral.police())) : Optional.empty();
    }
}
