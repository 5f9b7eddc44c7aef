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
        try {
            Path logDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "kafka-");
            broker = new KafkaBroker(freePort(), freePort(), logDir);
            broker.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka for the tests did not start", e);
        }
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
        private String clusterId;
        private EmbeddedKafkaBroker running;

        KafkaBroker(int port, int controllerPort, Path logDir) {
            this.port = port;
            this.controllerPort = controllerPort;
            this.logDir = logDir;
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
                        properties.put("auto.create.topics.enable", "true");
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
