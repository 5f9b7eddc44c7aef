package org.iprhotline.hotline.tip;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

import org.iprhotline.hotline.routing.Router;

/**
 * What the intake took in, counted once a tip is committed: tips by channel, right type and agency
 * (a tip for two agencies counts once for each), the classifier's confidence, and the tips that
 * went to the triage desk.
 */
@ApplicationScoped
class IntakeMetrics {

    private final MeterRegistry registry;
    private final DistributionSummary confidence;
    private final String triage;

    IntakeMetrics(MeterRegistry registry, Router router) {
        this.registry = registry;
        this.triage = router.table().triage().code();
        this.confidence = DistributionSummary.builder("ipr.classification.confidence")
                .description("The classifier's probability for the right type it chose, per stored tip")
                .serviceLevelObjectives(0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)
                .register(registry);
    }

    /**
     * Tips to triage are counted from zero at start on every channel, and the confidence with
     * them: the alert on the share of tips sent to triage reads their increase, and a series born
     * at its first tip would not show that tip.
     */
    void register(@Observes StartupEvent startup) {
        for (Channel channel : Channel.values()) {
            triaged(channel.name().toLowerCase(Locale.ROOT));
        }
    }

    private Counter triaged(String channel) {
        return Counter.builder("ipr.tips.triaged").description("Tips routed to the triage desk").tag("channel", channel)
                .register(registry);
    }

    void stored(Tip tip) {
        String channel = tip.channel.name().toLowerCase(Locale.ROOT);
        String rightType = tip.rightType.code();
        for (String agency : tip.agencies) {
            Counter.builder("ipr.tips.received").description("Tips stored, once per agency they were routed to")
                    .tag("channel", channel).tag("right_type", rightType).tag("agency", agency)
                    .register(registry).increment();
        }
        if (tip.agencies.contains(triage)) {
            triaged(channel).increment();
        }
        confidence.record(tip.confidence);
    }
}
