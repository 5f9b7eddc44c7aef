package org.iprhotline.hotline.agency;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.iprhotline.hotline.outbox.Outbox;
import org.iprhotline.hotline.outbox.StagedEvent;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.significance.SignificanceConfig;
import org.iprhotline.hotline.tip.AgencyCopies;
import org.iprhotline.hotline.tip.OverdueMarks;
import org.iprhotline.hotline.tip.TrackingNumber;

/**
 * Flags tips past their deadline and reminds the agencies holding them (an
 * {@code ipr.tip.reminder} event on their topic), at most once a week per tip.
 */
@ApplicationScoped
public class OverdueReminders {

    private static final Logger LOG = Logger.getLogger(OverdueReminders.class);
    private static final Duration REMIND_EVERY = Duration.ofDays(7);
    /** Tips looked at per run; the hourly runs work through any backlog. */
    private static final int BATCH = 2000;
    public static final String TYPE = "ipr.tip.reminder";

    /** The reminder an agency receives. */
    public record TipOverdue(UUID tipId, String trackingNumber, String agency, String deadline, Instant due,
            boolean dueProvisional, Instant overdueSince) {
    }

    /** What the leading-group office receives about a tip overdue past the second limit. */
    public record TipEscalated(UUID tipId, String trackingNumber, List<String> agencies, String deadline, Instant due,
            boolean dueProvisional, Instant overdueSince) {

        public static final String TYPE = "ipr.tip.escalated";
    }

    private final CaseFacts facts;
    private final Overdue overdue;
    private final Deadlines deadlines;
    private final Outbox outbox;
    private final OverdueMarks marks;
    private final DeadlineConfig deadlineConfig;
    private final SignificanceConfig office;
    private final AgencyCopies copies;

    OverdueReminders(CaseFacts facts, Overdue overdue, Deadlines deadlines, Outbox outbox,
            AgencyCopies copies, OverdueMarks marks, DeadlineConfig deadlineConfig,
            SignificanceConfig office) {
        this.deadlineConfig = deadlineConfig;
        this.copies = copies;
        this.office = office;
        this.facts = facts;
        this.overdue = overdue;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.marks = marks;
    }

    @Scheduled(identity = "overdue-reminders", every = "${ipr.jobs.reminders-every:1h}", delayed = "${ipr.jobs.reminders-delay:2m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindHourly() {
        remind();
    }

    /** Returns how many tips were reminded about. */
    public int remind() {
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            int reminded = 0;
            // N working days span at least N calendar days: younger tips cannot be late yet.
            Instant routedBefore = now.minus(Duration.ofDays(deadlines.shortestAcceptWorkingDays()));
            Instant referredBefore = now.minus(Duration.ofDays(deadlineConfig.referralAnswerDays()));
            Instant remindedBefore = now.minus(REMIND_EVERY);
            for (CaseFacts.Facts tip : facts.overdueCandidates(routedBefore, referredBefore, remindedBefore, BATCH)) {
                Optional<Overdue.Missed> missed = overdue.check(tip, now);
                if (missed.isEmpty()) {
                    continue;
                }
                // An agency that has closed its part is not reminded of the others' deadline, and a
                // referral's answer is public security's alone to give.
                String owedBy = missed.get().owedBy();
                List<Agency> late = copies.holding(tip.agencies().stream()
                        .filter(code -> !tip.closedBy().contains(code))
                        .filter(code -> owedBy == null || owedBy.equals(code)).toList());
                Instant since = tip.overdueSince() == null ? missed.get().due() : tip.overdueSince();
                if (!marks.reminded(tip.id(), since, late.stream().map(Agency::code).toList(), now, remindedBefore)) {
                    continue; // another replica's run reminded the agencies meanwhile
                }
                List<StagedEvent> events = new ArrayList<>();
                for (Agency agency : late) {
                    events.add(copies.to(agency, tip.id(), tip.region(), TYPE, new TipOverdue(tip.id(),
                            TrackingNumber.parse(tip.trackingNumber()).orElseThrow().formatted(), agency.code(),
                            missed.get().deadline(), missed.get().due(), missed.get().provisional(), since)));
                }
                outbox.write(events);
                reminded++;
            }
            if (reminded > 0) {
                LOG.infof("reminded agencies of %d overdue tip(s)", reminded);
            }
            int escalated = escalate(now);
            if (escalated > 0) {
                LOG.infof("escalated %d long-overdue tip(s) to the office", escalated);
            }
            return reminded;
        });
    }

    /** Tips still overdue longer than the second limit go to the office, once each. */
    private int escalate(Instant now) {
        int escalated = 0;
        for (CaseFacts.Facts tip : facts.escalationCandidates(now.minus(deadlineConfig.escalateAfter()), BATCH)) {
            Optional<Overdue.Missed> missed = overdue.check(tip, now);
            if (missed.isEmpty() || !marks.escalated(tip.id(), now)) {
                continue;
            }
            outbox.write(List.of(outbox.event(office.topic(), tip.id(), TipEscalated.TYPE, new TipEscalated(tip.id(),
                    TrackingNumber.parse(tip.trackingNumber()).orElseThrow().formatted(), tip.agencies(),
                    missed.get().deadline(), missed.get().due(), missed.get().provisional(), tip.overdueSince()))));
            escalated++;
        }
        return escalated;
    }
}
