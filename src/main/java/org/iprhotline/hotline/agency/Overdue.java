package org.iprhotline.hotline.agency;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether a tip has passed its deadline, and which one. */
@ApplicationScoped
public class Overdue {

    /** A missed deadline. */
    public record Missed(String deadline, Instant due) {
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
            return now.isAfter(due) ? Optional.of(new Missed("acceptance", due)) : Optional.empty();
        }
        Instant due = deadlines.feedbackBy(facts.acceptedAt(), facts.complex());
        return now.isAfter(due) ? Optional.of(new Missed("feedback", due)) : Optional.empty();
    }
}
