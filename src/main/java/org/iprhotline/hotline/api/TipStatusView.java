package org.iprhotline.hotline.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.iprhotline.hotline.region.Regions;
import org.iprhotline.hotline.tip.TipProgress;
import org.iprhotline.hotline.tip.TipStatus;

/** Where a tip stands, as its reporter sees it. */
@Schema(name = "TipStatus")
public record TipStatusView(String trackingNumber, String status, String rightType, List<String> agencies,
        Instant receivedAt, List<Step> history,
        @Schema(description = "Where it happened, when known; inferred when read from the text") Place region,
        @Schema(description = "Where each agency holding the tip stands: the tip is closed when every one of them "
                + "has closed it (or, for public security answering a referral, refused it)") List<ByAgency> byAgency,
        @Schema(description = "What the reporter sent back, oldest first") List<Reply> replies) {

    /**
     * One holding agency's part.
     *
     * @param acceptBy for an agency that has not accepted yet: its deadline to accept
     * @param outcome  when it has closed: what its work came to
     * @param question while the agency waits for the reporter (info_requested): what it asked
     * @param answered whether the reporter has replied since it asked
     */
    @Schema(name = "AgencyStanding")
    public record ByAgency(String agency, String status, Instant since, Instant acceptBy, String outcome,
            BigDecimal penaltyYuan, String question, Boolean answered) {
    }

    /** @param answers the agencies whose question it answered */
    @Schema(name = "TipReply")
    public record Reply(Instant at, String text, List<String> answers) {
    }

    @Schema(name = "TipRegion")
    public record Place(String code, String name, boolean inferred) {
    }

    @Schema(name = "TipStatusChange")
    public record Step(String status, Instant at, String agency, String note, String outcome) {
    }

    /** The view of a tip; {@code acceptBy} gives an agency's deadline to accept a tip it received at a time. */
    static TipStatusView of(TipProgress progress, BiFunction<String, Instant, Instant> acceptBy) {
        return new TipStatusView(progress.trackingNumber().formatted(), progress.status().code(),
                progress.rightType().code(), progress.agencies(), progress.receivedAt(),
                progress.history().stream()
                        .map(step -> new Step(step.status().code(), step.at(), step.agency(), step.note(),
                                step.outcome() == null ? null : step.outcome().code()))
                        .toList(),
                Regions.get().find(progress.region())
                        .map(region -> new Place(region.code(), Regions.get().fullName(region),
                                progress.regionInferred()))
                        .orElse(null),
                progress.standings().stream().map(standing -> new ByAgency(standing.agency(), standing.status().code(),
                        standing.since(),
                        standing.status() == TipStatus.ROUTED && standing.routedAt() != null
                                ? acceptBy.apply(standing.agency(), standing.routedAt()) : null,
                        standing.outcome() == null ? null : standing.outcome().code(), standing.penaltyYuan(),
                        standing.question(), standing.question() == null ? null : progress.replies().stream()
                                .anyMatch(reply -> !reply.at().isBefore(standing.since()))))
                        .toList(),
                progress.replies().stream().map(reply -> new Reply(reply.at(), reply.text(), reply.answers())).toList());
    }
}
