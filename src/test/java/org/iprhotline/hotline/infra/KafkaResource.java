package org.iprhotline.hotline.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.RoutingTable;

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
        createUpdateTopics(broker.bootstrapServers());
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    /**
     * The agencies' update topics exist before the service starts, as the cluster's manifests create
     * them (k8s/base/kafka/access.yaml): the service reads them by pattern, and a topic a test's first
     * record created would be read only after the consumer next looks, out of order with the others.
     * Provincial bureaus' topics are left to the tests that use them.
     */
    private static void createUpdateTopics(String bootstrapServers) {
        RoutingTable table = RoutingTable.loadDefault();
        List<String> codes = new ArrayList<>(table.destinations().stream().map(Agency::code).toList());
        table.formerCodes().forEach(former -> codes.add(former.code()));
        List<NewTopic> topics = codes.stream()
                .map(code -> new NewTopic("ipr.agency.updates." + code.toLowerCase(Locale.ROOT), 3, (short) 1)).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the agencies' update topics could not be created", e);
        }
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
            // The companion makes a log directory of its own in /tmp before log.dirs replaces it; it stays
            // empty, and one was left behind per broker started.
            Object unused = running.getKafkaConfig().originals().get("log.dir");
            if (unused != null && !running.getLogDirs().contains(unused.toString())) {
                Directories.delete(Path.of(unused.toString()));
            }
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
