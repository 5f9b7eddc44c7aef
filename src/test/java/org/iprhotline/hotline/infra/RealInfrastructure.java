package org.iprhotline.hotline.infra;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every {@code @QuarkusTest} runs against one real PostgreSQL and one real Kafka broker, started
 * once for the whole run, a local fake of Twilio's REST API and a real SMTP server.
 */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeTwilioApi.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MailServer.class, scope = TestResourceScope.GLOBAL)
public final class RealInfrastructure {

    private RealInfrastructure() {
    }
}
