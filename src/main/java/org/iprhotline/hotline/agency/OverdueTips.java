package org.iprhotline.hotline.agency;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.iprhotline.hotline.tip.TrackingNumber;

/** The coordinators' list of overdue tips, for their API and their screen. */
@ApplicationScoped
public class OverdueTips {

    /** At most this many, the longest overdue first. */
    static final int LIMIT = 500;

    /** An overdue tip: which deadline it missed, and when that was due. */
    public record OverdueTip(String trackingNumber, List<String> agencies, String status, Instant receivedAt,
            String missed, Instant due, boolean dueProvisional) {
    }

    private final CaseFacts facts;
    private final Overdue overdue;

    OverdueTips(CaseFacts facts, Overdue overdue) {
        this.facts = facts;
        this.overdue = overdue;
    }

    /** The tips the hourly deadline job flagged that are still past a deadline now. */
    public List<OverdueTip> list(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> facts.flaggedOverdue(LIMIT).stream()
                .flatMap(tip -> overdue.check(tip, now).map(missed -> new OverdueTip(
                        TrackingNumber.parse(tip.trackingNumber()).orElseThrow().formatted(), tip.agencies(),
                        tip.status().toLowerCase(Locale.ROOT), tip.receivedAt(), missed.deadline(), missed.due(),
                        missed.provisional())).stream())
                .toList());
    }
}
