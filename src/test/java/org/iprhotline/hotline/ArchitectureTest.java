package org.iprhotline.hotline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The core knows nothing of HTTP, Twilio, Kafka or templates: those stay at the edges. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.iprhotline.hotline");

    @Test
    void coreStaysFreeOfTheOutsideWorld() {
        noClasses()
                .that().resideInAnyPackage("..hotline.tip..", "..hotline.classify..", "..hotline.routing..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.twilio..", "org.apache.kafka..", "io.cloudevents..", "jakarta.ws.rs..", "io.quarkus.qute..")
                .check(PRODUCTION);
    }

    /**
     * The tip package owns the tip tables: no SQL elsewhere changes a tip or its history (others read
     * them, for figures and deadlines).
     */
    @Test
    void onlyTheTipPackageWritesTheTipTables() throws IOException {
        Path main = Path.of("src/main/java/org/iprhotline/hotline");
        List<String> writers;
        try (Stream<Path> files = Files.walk(main)) {
            writers = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(main.resolve("tip")))
                    .filter(file -> {
                        try {
                            String text = Files.readString(file).toLowerCase(Locale.ROOT);
                            return Stream.of("update tip ", "update tip\n", "insert into tip ", "insert into tip (",
                                    "delete from tip ", "update tip_status_change", "insert into tip_status_change",
                                    "delete from tip_status_change", "update tip_reply", "insert into tip_reply",
                                    "delete from tip_reply", "insert into labelled_example")
                                    .anyMatch(text::contains);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
        }
        assertThat(writers).isEmpty();
    }

    @Test
    void classifierIsPlainJava() {
        noClasses()
                .that().resideInAPackage("..hotline.classify..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "io.quarkus.hibernate..",
                        "..hotline.tip..", "..hotline.outbox..", "..hotline.api..")
                .check(PRODUCTION);
    }

    /**
     * Text from the public meets only RE2/J, whose matching is linear in the text: a backtracking
     * pattern once took 112 s over 2 KB. String's regex methods hide java.util.regex.
     */
    @Test
    void noBacktrackingRegularExpressions() {
        noClasses()
                .that().doNotHaveFullyQualifiedName("org.iprhotline.hotline.agency.UpdateTopics")
                .should().dependOnClassesThat().resideInAPackage("java.util.regex..")
                .orShould().callMethod(String.class, "matches", String.class)
                .orShould().callMethod(String.class, "replaceAll", String.class, String.class)
                .orShould().callMethod(String.class, "replaceFirst", String.class, String.class)
                .check(PRODUCTION);
    }
}
