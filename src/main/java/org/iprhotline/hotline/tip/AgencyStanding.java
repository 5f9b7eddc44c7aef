package org.iprhotline.hotline.tip;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where one holding agency stands with a tip: its own last step, and what its work came to when it
 * has closed. A tip is closed when every agency holding it has closed it, or, for public security
 * answering a referral, refused it.
 *
 * @param routedAt when the agency received the tip (routed, transferred to it or referred to it)
 * @param question while the agency waits for more information from the reporter: what it asked
 */
public record AgencyStanding(String agency, TipStatus status, Instant routedAt, Instant since, CaseOutcome outcome,
        BigDecimal penaltyYuan, String question) {

    /** Whether this agency's part is over: it closed the tip, or refused the referral it was sent. */
    public boolean done() {
        return status == TipStatus.CLOSED || status == TipStatus.REFERRAL_REFUSED;
    }

    /**
     * Each holding agency's standing, read from the history: a routing step ("SAMR,GAC") reaches each
     * agency it names, a transfer or referral ("SAMR -> CNIPA") reaches the agency it names last, and
     * any other step is the step of the agency that took it. {@code current} gives a code in the
     * history its agency of today (a reorganisation's former code, its successor).
     */
    static List<AgencyStanding> of(List<String> holding, List<TipStatusChange> history, UnaryOperator<String> current) {
        Map<String, AgencyStanding> byAgency = new LinkedHashMap<>();
        for (TipStatusChange step : history) {
            if (step.agency == null) {
                continue;
            }
            int arrow = step.agency.indexOf(" -> ");
            if (arrow >= 0) {
                String to = current.apply(step.agency.substring(arrow + 4).strip());
                TipStatus received = step.status == TipStatus.TRANSFERRED ? TipStatus.ROUTED : step.status;
                byAgency.put(to, new AgencyStanding(to, received, step.changedAt, step.changedAt, null, null, null));
                continue;
            }
            for (String part : step.agency.split(",")) {
                String code = current.apply(part.strip());
                AgencyStanding before = byAgency.get(code);
                Instant routedAt = before == null ? step.changedAt : before.routedAt();
                byAgency.put(code, new AgencyStanding(code, step.status, routedAt, step.changedAt, step.outcome,
                        step.penaltyYuan, step.status == TipStatus.INFO_REQUESTED ? step.note : null));
            }
        }
        List<AgencyStanding> standings = new ArrayList<>();
        for (String code : holding) {
            AgencyStanding standing = byAgency.get(code);
            // A code the history never names (a reorganisation renamed it): held since routing.
            standings.add(standing != null ? standing : new AgencyStanding(code, TipStatus.ROUTED,
                    history.isEmpty() ? null : history.get(0).changedAt, null, null, null, null));
        }
        return List.copyOf(standings);
    }
}
