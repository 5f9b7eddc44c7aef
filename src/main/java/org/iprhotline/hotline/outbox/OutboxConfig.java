package org.iprhotline.hotline.outbox;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ipr.outbox")
public interface OutboxConfig {

    /** The CloudEvents {@code source} of every event this service publishes. */
    @WithDefault("/ipr-hotline")
    URI source();

    Relay relay();

    interface Relay {

        /** Off only for a service instance that must not publish (several instances may all relay). */
        @WithDefault("true")
        boolean enabled();

        /** How often an idle relay looks for new events. */
        @WithDefault("100ms")
        Duration pollInterval();

        /** Events taken and locked per round. */
        @WithDefault("500")
        int batchSize();

        /** How long a round waits for Kafka to acknowledge before trying the rest later. */
        @WithDefault("30s")
        Duration sendTimeout();

        /** Wait before retrying an event Kafka did not take; doubles with each attempt up to {@link #maxBackoff()}. */
        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();

        /** How long published events stay in the table, for audit and replay, before they are deleted. */
        @WithDefault("7d")
        Duration retention();
    }
}
