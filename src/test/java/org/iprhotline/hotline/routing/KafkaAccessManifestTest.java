package org.iprhotline.hotline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.iprhotline.hotline.significance.SignificanceConfig;

/**
 * The Kafka topics and users in k8s/ follow the routing table: one tips topic per destination,
 * one updates topic per agency, a KafkaUser per agency that reads only its tips and writes only its
 * updates, and the service's user with exactly the topics it needs. The file is generated; this
 * test fails when it drifts from the table and says how to write it anew:
 * {@code ./mvnw test -Dtest=KafkaAccessManifestTest -Dk8s.write=true}.
 */
class KafkaAccessManifestTest {

    private static final Path TABLE = Path.of("src/main/resources/routing.yaml");
    /** The copy the cluster's ConfigMap is generated from (kustomize reads only below k8s/base). */
    private static final Path DEPLOYED_TABLE = Path.of("k8s/base/routing.yaml");
    private static final Path ACCESS = Path.of("k8s/base/kafka/access.yaml");
    private static final String UPDATES_PREFIX = "ipr.agency.updates.";
    private static final String SERVICE_USER = "ipr-hotline-kafka";
    private static final String SERVICE_GROUP = "ipr-hotline";
    private static final String OFFICE_TOPIC = SignificanceConfig.OFFICE_TOPIC;

    @Test
    void theDeployedTableIsTheShippedOne() throws IOException {
        writeIfAsked(DEPLOYED_TABLE, Files.readString(TABLE));
        assertThat(Files.readString(DEPLOYED_TABLE)).as("%s must equal %s; rerun with -Dk8s.write=true", DEPLOYED_TABLE, TABLE)
                .isEqualTo(Files.readString(TABLE));
    }

    @Test
    void topicsAndUsersFollowTheRoutingTable() throws IOException {
        String expected = render(table());
        writeIfAsked(ACCESS, expected);
        assertThat(Files.readString(ACCESS)).as("%s has drifted from %s; rerun with -Dk8s.write=true", ACCESS, TABLE)
                .isEqualTo(expected);
    }

    @Test
    void eachAgencyMayReadOnlyItsOwnTipsAndWriteOnlyItsOwnUpdates() throws IOException {
        String manifest = Files.readString(ACCESS);
        String saic = manifest.substring(manifest.indexOf("name: agency-saic\n"));
        saic = saic.substring(0, saic.indexOf("\n---"));
        assertThat(saic).contains("name: ipr.tips.saic,", "name: ipr.agency.updates.saic,")
                .doesNotContain("ipr.tips.sipo", "ipr.agency.updates.sipo", "patternType: prefix }\n        operations: [Write");
    }

    private static RoutingTable table() throws IOException {
        try (InputStream in = Files.newInputStream(TABLE)) {
            return RoutingTable.load(in, TABLE.toString());
        }
    }

    static String render(RoutingTable table) {
        List<Agency> destinations = table.destinations().stream()
                .sorted(Comparator.comparing((Agency agency) -> agency.equals(table.triage())).thenComparing(Agency::code))
                .toList();
        StringBuilder out = new StringBuilder("""
                # GENERATED from src/main/resources/routing.yaml by KafkaAccessManifestTest; do not edit.
                # To change it, change the routing table and run:
                #   ./mvnw test -Dtest=KafkaAccessManifestTest -Dk8s.write=true
                # Topics: each destination's tips, each agency's reports back, the office's significant
                # cases. Users: the service writes every tips topic and reads every updates topic; each
                # agency (and the triage desk) reads only its own tips and writes only its own updates,
                # so the topic says who is speaking; the office reads its own topic.
                """);
        for (Agency agency : destinations) {
            out.append(topic(agency.topic(), 6)).append(topic(updatesTopic(agency), 3));
        }
        out.append(topic(OFFICE_TOPIC, 3));
        out.append(user(SERVICE_USER, null)).append("""
                      - resource: { type: cluster }
                        operations: [IdempotentWrite]
                      - resource: { type: group, name: %s, patternType: literal }
                        operations: [Read]
                """.formatted(SERVICE_GROUP));
        for (Agency agency : destinations) {
            out.append(acl(agency.topic(), "Write, Describe"));
        }
        out.append(acl(OFFICE_TOPIC, "Write, Describe"));
        for (Agency agency : destinations) {
            out.append(acl(updatesTopic(agency), "Read, Describe"));
        }
        for (Agency agency : destinations) {
            String user = "agency-" + agency.code().toLowerCase(Locale.ROOT);
            out.append(user(user, agency.name())).append(groupAcl(user))
                    .append(acl(agency.topic(), "Read, Describe")).append(acl(updatesTopic(agency), "Write, Describe"));
        }
        // The leading-group office reads the significant cases; it reports nothing back on Kafka.
        out.append(user("office", "Leading-group office")).append(groupAcl("office")).append(acl(OFFICE_TOPIC, "Read, Describe"));
        return out.toString();
    }

    private static String topic(String name, int partitions) {
        return """
                ---
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: %s
                  labels: { strimzi.io/cluster: ipr }
                spec:
                  partitions: %d
                  replicas: 3
                  config: { min.insync.replicas: 2, retention.ms: 2592000000 }
                """.formatted(name, partitions);
    }

    /** A SCRAM user with simple authorization; its ACL entries follow. */
    private static String user(String name, String agencyName) {
        return """
                ---
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata:
                  name: %s
                  labels: { strimzi.io/cluster: ipr }
                %sspec:
                  authentication: { type: scram-sha-512 }
                  authorization:
                    type: simple
                    acls:
                """.formatted(name, agencyName == null ? ""
                        : "  annotations: { ipr-hotline/agency: \"" + agencyName.replace("\"", "\\\"") + "\" }\n");
    }

    /** The consumer groups whose names start with the user's. */
    private static String groupAcl(String user) {
        return """
                      - resource: { type: group, name: %s, patternType: prefix }
                        operations: [Read]
                """.formatted(user);
    }

    private static String acl(String topic, String operations) {
        return """
                      - resource: { type: topic, name: %s, patternType: literal }
                        operations: [%s]
                """.formatted(topic, operations);
    }

    private static String updatesTopic(Agency agency) {
        return UPDATES_PREFIX + agency.code().toLowerCase(Locale.ROOT);
    }

    private static void writeIfAsked(Path file, String content) throws IOException {
        if (Boolean.getBoolean("k8s.write")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        }
    }
}
