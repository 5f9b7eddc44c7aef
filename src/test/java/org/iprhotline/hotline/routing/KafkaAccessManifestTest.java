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

import org.iprhotline.hotline.region.Region;
import org.iprhotline.hotline.region.Regions;
import org.iprhotline.hotline.significance.SignificanceConfig;

/**
 * The Kafka topics and users in k8s/ follow the registry: one tips topic per destination, one
 * updates topic per agency, and for a regional agency one of each per province; a KafkaUser per
 * agency and per provincial bureau that reads only its tips and writes only its updates (an agency's
 * own user also reads its bureaus' tips, and may still write on its former codes' updates topics);
 * and the service's user with exactly the topics it needs. The file is generated; this
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
        String samr = manifest.substring(manifest.indexOf("name: agency-samr\n"));
        samr = samr.substring(0, samr.indexOf("\n---"));
        assertThat(samr).contains("name: ipr.tips.samr,", "name: ipr.agency.updates.samr,",
                        "name: ipr.agency.updates.saic,")
                .doesNotContain("ipr.tips.cnipa", "ipr.agency.updates.cnipa", "patternType: prefix }\n        operations: [Write");
        String guangdong = manifest.substring(manifest.indexOf("name: agency-samr-44\n"));
        guangdong = guangdong.substring(0, guangdong.indexOf("\n---"));
        assertThat(guangdong).contains("name: ipr.tips.samr.44,", "name: ipr.agency.updates.samr.44,")
                .doesNotContain("ipr.tips.samr,", "ipr.tips.samr.45", "ipr.agency.updates.samr,", "patternType: prefix }\n        operations: [Write");
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
        List<String> provinces = Regions.get().provinces().stream().map(Region::province).toList();
        StringBuilder out = new StringBuilder("""
                # GENERATED from src/main/resources/routing.yaml by KafkaAccessManifestTest; do not edit.
                # To change it, change the routing table and run:
                #   ./mvnw test -Dtest=KafkaAccessManifestTest -Dk8s.write=true
                # Topics: each destination's tips, each agency's reports back (a regional agency's also
                # per province: ipr.tips.samr.44, ipr.agency.updates.samr.44), former codes' reports
                # back, the office's significant cases. Users: the service writes every tips topic and
                # reads every updates topic; each agency, provincial bureau and the triage desk reads
                # only its own tips and writes only its own updates, so the topic says who is speaking;
                # the office reads its own topic.
                """);
        for (Agency agency : destinations) {
            out.append(topic(agency.topic(), 6)).append(topic(updatesTopic(agency), 3));
            if (agency.regional()) {
                for (String province : provinces) {
                    out.append(topic(agency.topic() + "." + province, 3))
                            .append(topic(updatesTopic(agency) + "." + province, 1));
                }
            }
        }
        for (RoutingTable.Former former : formerCodes(table)) {
            out.append(topic(UPDATES_PREFIX + former.code().toLowerCase(Locale.ROOT), 3));
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
            if (agency.regional()) {
                out.append(prefixAcl(agency.topic() + ".", "Write, Describe"));
            }
        }
        out.append(acl(OFFICE_TOPIC, "Write, Describe"));
        for (Agency agency : destinations) {
            out.append(acl(updatesTopic(agency), "Read, Describe"));
            if (agency.regional()) {
                out.append(prefixAcl(updatesTopic(agency) + ".", "Read, Describe"));
            }
        }
        for (RoutingTable.Former former : formerCodes(table)) {
            out.append(acl(UPDATES_PREFIX + former.code().toLowerCase(Locale.ROOT), "Read, Describe"));
        }
        for (Agency agency : destinations) {
            String user = "agency-" + agency.code().toLowerCase(Locale.ROOT);
            out.append(user(user, agency.name().en())).append(groupAcl(user))
                    .append(acl(agency.topic(), "Read, Describe")).append(acl(updatesTopic(agency), "Write, Describe"));
            if (agency.regional()) {
                out.append(prefixAcl(agency.topic() + ".", "Read, Describe"));
            }
            for (RoutingTable.Former former : formerCodes(table)) {
                if (former.successor().equals(agency)) {
                    out.append(acl(UPDATES_PREFIX + former.code().toLowerCase(Locale.ROOT), "Write, Describe"));
                }
            }
        }
        for (Agency agency : destinations) {
            if (!agency.regional()) {
                continue;
            }
            for (String province : provinces) {
                String user = "agency-" + agency.code().toLowerCase(Locale.ROOT) + "-" + province;
                out.append(user(user, agency.name().en() + ", province " + province)).append(groupAcl(user))
                        .append(acl(agency.topic() + "." + province, "Read, Describe"))
                        .append(acl(updatesTopic(agency) + "." + province, "Write, Describe"));
            }
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

    /**
     * The consumer group named as the user and those starting with its name and a dot: an agency's
     * user cannot join its provincial bureaus' groups ("agency-samr-44" does not start with "agency-samr.").
     */
    private static String groupAcl(String user) {
        return """
                      - resource: { type: group, name: %s, patternType: literal }
                        operations: [Read]
                      - resource: { type: group, name: %s., patternType: prefix }
                        operations: [Read]
                """.formatted(user, user);
    }

    private static String prefixAcl(String prefix, String operations) {
        return """
                      - resource: { type: topic, name: %s, patternType: prefix }
                        operations: [%s]
                """.formatted(prefix, operations);
    }

    private static List<RoutingTable.Former> formerCodes(RoutingTable table) {
        return table.formerCodes().stream().sorted(Comparator.comparing(RoutingTable.Former::code)).toList();
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
