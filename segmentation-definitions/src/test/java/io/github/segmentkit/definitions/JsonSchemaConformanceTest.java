package io.github.segmentkit.definitions;

import static io.github.segmentkit.definitions.DefinitionsFormat.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.testing.generators.Generators;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** The JSON the library writes conforms to the JSON Schema it publishes, checked by an independent validator. */
class JsonSchemaConformanceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try (InputStream in = JsonSchemaConformanceTest.class
                .getResourceAsStream("/io/github/segmentkit/definitions/segment-definitions.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<List<Segment>> segments() {
        return Generators.segments(4, 5);
    }

    @Property(tries = 200)
    void should_write_documents_the_schema_accepts(@ForAll("segments") List<Segment> segments) throws IOException {
        JsonNode document = MAPPER.readTree(Definitions.print(segments, JSON));
        Set<ValidationMessage> errors = SCHEMA.validate(document);
        assertThat(errors).isEmpty();
    }

    @Test
    void should_accept_the_hand_written_example() throws IOException {
        try (InputStream in = JsonSchemaConformanceTest.class.getResourceAsStream("/examples/segments.json")) {
            assertThat(SCHEMA.validate(MAPPER.readTree(in))).isEmpty();
        }
    }

    @Test
    void should_reject_what_the_reader_rejects() throws IOException {
        assertThat(SCHEMA.validate(MAPPER.readTree("{\"formatVersion\": 2, \"segments\": []}"))).isNotEmpty();
        assertThat(SCHEMA.validate(MAPPER.readTree(
                "{\"formatVersion\": 1, \"segments\": [{\"name\": \"a\", \"where\": {\"op\": \"al\"}}]}"))).isNotEmpty();
        assertThat(SCHEMA.validate(MAPPER.readTree(
                "{\"formatVersion\": 1, \"segments\": [{\"name\": \"a\", \"where\": {\"op\": \"all\", \"x\": 1}}]}")))
                .isNotEmpty();
        String description = "d".repeat(10_000);
        String document = "{\"formatVersion\": 1, \"segments\": [{\"name\": \"a\", \"description\": \"%s\","
                + " \"where\": {\"op\": \"all\"}}]}";
        assertThat(SCHEMA.validate(MAPPER.readTree(document.formatted(description)))).isEmpty();
        assertThat(SCHEMA.validate(MAPPER.readTree(document.formatted(description + "d")))).isNotEmpty();
    }
}
