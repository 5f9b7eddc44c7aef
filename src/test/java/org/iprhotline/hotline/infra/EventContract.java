package org.iprhotline.hotline.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * What docs/events promises agency developers, held against what the service publishes: every
 * event of ours that a test reads ({@link TopicReader}) must be of a type asyncapi.yaml documents,
 * with the headers its message lists and a value its payload schema accepts. An event the docs do
 * not describe, or describe otherwise, fails the test that read it.
 */
public final class EventContract {

    private static final String SOURCE = "/ipr-hotline";
    private static final Path DOCS = Path.of("docs", "events");
    private static final String SCHEMA_IDS = "https://ipr-hotline.example/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Message> MESSAGES = load();

    private record Message(JsonSchema headers, JsonSchema payload) {
    }

    private EventContract() {
    }

    /** Fails unless a record the service published matches its documented message; others pass. */
    public static void check(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        if (!SOURCE.equals(headers.get("ce_source"))) {
            return; // an agency's record, or one a test wrote
        }
        String type = headers.get("ce_type");
        Message message = MESSAGES.get(type);
        if (message == null) {
            throw new AssertionError("the service published " + type + " on " + record.topic()
                    + ", a type docs/events/asyncapi.yaml does not document");
        }
        ObjectNode headerNode = JSON.createObjectNode();
        headers.forEach(headerNode::put);
        fail(type + " on " + record.topic() + ": headers", message.headers().validate(headerNode));
        try {
            fail(type + " on " + record.topic() + ": data", message.payload().validate(JSON.readTree(record.value())));
        } catch (IOException e) {
            throw new AssertionError(type + " on " + record.topic() + " is not JSON", e);
        }
    }

    private static void fail(String what, Set<ValidationMessage> errors) {
        if (!errors.isEmpty()) {
            throw new AssertionError(what + " do not match docs/events: "
                    + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
    }

    /** Each documented message by its ce_type: the headers it lists and its payload's schema. */
    private static Map<String, Message> load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_IDS,
                        DOCS.toAbsolutePath().toUri().toString())));
        try {
            JsonNode asyncApi = new YAMLMapper().readTree(Files.readString(DOCS.resolve("asyncapi.yaml")));
            Map<String, Message> messages = new HashMap<>();
            asyncApi.path("components").path("messages").forEach(message -> {
                String type = message.path("headers").path("properties").path("ce_type").path("const").asText();
                String payload = message.path("payload").path("$ref").asText();
                if (type.isEmpty() || !payload.startsWith("./")) {
                    return; // an agency's message, described by a pattern rather than one type
                }
                messages.put(type, new Message(factory.getSchema(message.path("headers")),
                        factory.getSchema(SchemaLocation.of(SCHEMA_IDS + payload.substring(2)))));
            });
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
