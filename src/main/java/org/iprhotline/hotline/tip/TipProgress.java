package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.iprhotline.hotline.classify.RightType;

/** What a reporter may see of their tip: where it stands and how it got there. */
public record TipProgress(TrackingNumber trackingNumber, TipStatus status, RightType rightType,
        List<String> agencies, Instant receivedAt, List<Step> history, String region, boolean regionInferred,
        List<AgencyStanding> standings, List<Reply> replies) {

    /**
     * @param outcome for a closing: what it came to. In events a step leaves out what it does not
     *        have (docs/events: an agency, a note, an outcome are strings when present).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(TipStatus status, Instant at, String agency, String note, CaseOutcome outcome) {
    }

    /** @param answers the agencies whose question it answered */
    public record Reply(Instant at, String text, List<String> answers) {
    }

    /** The tip as its reporter follows it; {@code current} gives a code in the history its agency of today. */
    static TipProgress of(Tip tip, UnaryOperator<String> current) {
        return new TipProgress(tip.trackingNumber, tip.status, tip.rightType, List.copyOf(tip.agencies),
                tip.receivedAt, tip.history.stream()
                        .map(change -> new Step(change.status, change.changedAt, change.agency, change.note,
                                change.outcome))
                        .toList(), tip.region, tip.regionInferred, tip.standings(current),
                tip.replies.stream().map(reply -> new Reply(reply.receivedAt, reply.text, List.copyOf(reply.answers)))
                        .toList());
    }
}
