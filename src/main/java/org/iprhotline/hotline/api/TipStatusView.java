package org.iprhotline.hotline.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.iprhotline.hotline.tip.TipProgress;

/** Where a tip stands, as its reporter sees it. */
@Schema(name = "TipStatus")
public record TipStatusView(String trackingNumber, String status, String rightType, List<String> agencies,
        Instant receivedAt, List<Step> history) {

    @Schema(name = "TipStatusChange")
    public record Step(String status, Instant at, String agency, String note, String outcome) {
    }

    static TipStatusView of(TipProgress progress) {
        return new TipStatusView(progress.trackingNumber().formatted(), progress.status().code(),
                progress.rightType().code(), progress.agencies(), progress.receivedAt(),
                progress.history().stream()
                        .map(step -> new Step(step.status().code(), step.at(), step.agency(), step.note(),
                                step.outcome() == null ? null : step.outcome().code()))
                        .toList());
    }
}
