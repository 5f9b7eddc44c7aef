package org.iprhotline.hotline.agency;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether a tip has passed its deadline, and which one. */
@ApplicationScoped
public class Overdue {

    /**
     * A missed deadline; {@code provisional} when it falls after the years the holiday calendar
     * covers (counted without that year's holidays).
     */
    public record Missed(String deadline, Instant due, boolean provisional) {
    }

    private final Deadlines deadlines;

    Overdue(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    public Optional<Missed> check(CaseFacts.Facts facts, Instant now) {
        if ("CLOSED".equals(facts.status()) || facts.agencies().contains("TRIAGE")) {
            return Optional.empty();
        }
        if (facts.acceptedAt() == null || facts.transferred() && facts.acceptedAt().isBefore(facts.routedAt())) {
            Instant due = facts.agencies().stream()
                    .map(agency -> deadlines.acceptBy(agency, facts.routedAt()))
                    .min(Instant::compareTo)
                    .orElse(Instant.MAX);
            return now.isAfter(due) ? Optional.of(new Missed("acceptance", due, deadlines.provisional(due))) : Optional.empty();
        }
        Instant due = deadlines.feedbackBy(facts.acceptedAt(), facts.complex());
        // Feedback is due after calendar days, which no holiday moves.
        return now.isAfter(due) ? Optional.of(new Missed("feedback", due, false)) : Optional.empty();
    }
}
