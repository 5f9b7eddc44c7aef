package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The event the receiving agency gets when a tip is transferred to it: the tip as it was routed,
 * with its evidence, and the history so far.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TipTransferred(String fromAgency, Instant transferredAt, String note, TipRouted tip,
        List<TipProgress.Step> history) {

    public static final String TYPE = "ipr.tip.transferred";
}
