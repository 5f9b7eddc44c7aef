package org.iprhotline.hotline.agency;

import java.util.regex.Pattern;

/**
 * The topics agencies report on, as a pattern for Kafka's subscription: an agency's own
 * ({@code ipr.agency.updates.samr}), a former code's ({@code ipr.agency.updates.saic}) and each
 * provincial bureau's ({@code ipr.agency.updates.samr.44}). A pattern, not a list, so the consumer
 * follows the topics that exist (some 230 bureau topics in all) and never asks the broker to create
 * the ones that do not; which agency a topic stands for is still looked up in the registry.
 *
 * <p>The only use of {@code java.util.regex} in the service, and the one place the architecture
 * test allows it: Kafka's API takes this type, and the pattern, fixed here, only ever sees topic
 * names from the broker (no nested repetition, so it is linear as well), never text from the public.
 */
final class UpdateTopics {

    private UpdateTopics() {
    }

    static Pattern pattern(String prefix) {
        return Pattern.compile(Pattern.quote(prefix) + "[a-z0-9_-]+(?:\\.[0-9]{2})?");
    }
}
