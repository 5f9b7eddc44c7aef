package org.iprhotline.hotline.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.iprhotline.hotline.classify.Flag;
import org.iprhotline.hotline.tip.Receipt;

/** The answer to an accepted tip: what the reporter needs to follow it. */
@Schema(name = "TipReceipt")
public record TipReceipt(
        @Schema(description = "Quote this to follow the case", example = "7K3M-9QPD-2WX5") String trackingNumber,
        @Schema(description = "The reporter's secret for following the case; shown once, keep it safe",
                example = "40417236") String accessCode,
        @Schema(example = "routed") String status,
        @Schema(example = "trademark") String rightType,
        @Schema(example = "0.82") double confidence,
        @Schema(example = "[\"delivery\"]") List<String> flags,
        @Schema(description = "Codes of the agencies the tip was routed to", example = "[\"SAMR\", \"SPB\"]")
        List<String> agencies) {

    static TipReceipt of(Receipt receipt) {
        return new TipReceipt(receipt.trackingNumber().formatted(), receipt.accessCode(), receipt.status().code(),
                receipt.classification().rightType().code(), receipt.classification().confidence(),
                receipt.classification().flags().stream().map(Flag::code).sorted().toList(), receipt.agencies());
    }
}
