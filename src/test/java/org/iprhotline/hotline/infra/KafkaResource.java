package org.iprhotline.hotline.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real single-node Kafka broker (KRaft) in the test JVM. Tests that need to take Kafka away
 * and bring it back get a {@link KafkaBroker} injected with {@link InjectKafka}.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KafkaBroker.create(true);
        broker.start();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(broker, new TestInjector.AnnotatedAndMatchesType(InjectKafka.class, KafkaBroker.class));
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The broker, which keeps its port, cluster id and data across a stop and a start. */
    public static final class KafkaBroker {

        private final int port;
        private final int controllerPort;
        private final Path logDir;
        private final boolean autoCreateTopics;
        private String clusterId;
        private EmbeddedKafkaBroker running;

        private KafkaBroker(int port, int controllerPort, Path logDir, boolean autoCreateTopics) {
            this.port = port;
            this.controllerPort = controllerPort;
            this.logDir = logDir;
            this.autoCreateTopics = autoCreateTopics;
        }

        /**
         * A broker on free ports, not yet started. Without automatic topic creation, as production
         * brokers run, a topic exists only once it is created.
         */
        public static KafkaBroker create(boolean autoCreateTopics) {
            try {
                Path logDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "kafka-");
                return new KafkaBroker(freePort(), freePort(), logDir, autoCreateTopics);
            } catch (IOException e) {
                throw new UncheckedIOException("Kafka for the tests did not start", e);
            }
        }

        public synchronized void start() {
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                    .withNodeId(1)
                    .withKafkaPort(port)
                    .withControllerPort(controllerPort)
                    .withDeleteLogDirsOnClose(false)
                    .withAdditionalProperties(properties -> {
                        properties.put("log.dirs", logDir.toString());
                        properties.put("num.partitions", "3");
                        properties.put("auto.create.topics.enable", String.valueOf(autoCreateTopics));
                    });
            if (clusterId != null) {
                broker.withClusterId(clusterId);
            }
            running = broker.start();
            clusterId = running.getClusterId();
        }

        public synchronized void stop() {
            if (running != null) {
                running.close();
                running = null;
            }
        }

        public String bootstrapServers() {
            return "localhost:" + port;
        }
    }
}
