package org.iprhotline.hotline.tip;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ipr.intake")
public interface IntakeConfig {

    /** How long a retry with the same Idempotency-Key gets the same tip (and its access code). */
    @WithDefault("24h")
    Duration idempotencyWindow();

    Journal journal();

    Work work();

    /** Threads that classify texts and find their cluster keys ({@link IntakeWork}). */
    interface Work {

        /** As many as the machine has cores, unless set. */
        Optional<Integer> threads();

        /** Texts waiting for a thread before new ones are answered 503. */
        @WithDefault("256")
        int queue();

        /** Longest a text may wait and be read before the request is answered 503, with nothing stored. */
        @WithDefault("2s")
        Duration budget();
    }

    /** The batched writer that stores tips: one transaction and one commit for many tips. */
    interface Journal {

        /** Threads writing batches; two keep one batch committing while the next is sent. */
        @WithDefault("2")
        int writers();

        /** Most tips written in one transaction. */
        @WithDefault("128")
        int maxBatch();

        /** Tips waiting to be written before new ones are refused with 503. */
        @WithDefault("10000")
        int queueCapacity();

        /** Longest a request waits for its tip to be stored before it is told to retry. */
        @WithDefault("10s")
        Duration writeTimeout();
    }
}
