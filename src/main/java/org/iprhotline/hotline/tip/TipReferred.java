package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What public security receives when an administrative agency refers a tip to it as a suspected
 * crime: the tip with its evidence, its history, and the referring agency's grounds. Unlike a
 * transfer, the referring agency keeps its own case.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TipReferred(String fromAgency, Instant referredAt, String note, TipRouted tip,
        List<TipProgress.Step> history) {

    public static final String TYPE = "ipr.tip.referred";
}
