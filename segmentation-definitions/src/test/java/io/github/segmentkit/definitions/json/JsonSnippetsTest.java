package io.github.segmentkit.definitions.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.internal.DefinitionValidator;
import io.github.segmentkit.definitions.Definitions;
import io.github.segmentkit.definitions.DefinitionsFormat;
import io.github.segmentkit.definitions.source.ParsedDefinitions;
import io.github.segmentkit.definitions.source.ParsedSegment;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of {@code definitions.json}, compiled and run here, in their own package, so that they keep
 * compiling when these types stop being public. Checked by {@code JavadocExamplesTest} in the examples module.
 */
class JsonSnippetsTest {

    @Test
    void should_read_the_documented_format() {
        String json = """
                // javadoc: segmentation-definitions/src/main/java/io/github/segmentkit/definitions/json/JsonFormat.java
                {
                  "formatVersion": 1,
                  "segments": [
                    { "name": "adults", "description": "", "where": { "op": "ge", "attribute": "age", "value": 18 } }
                  ]
                }
                """;
        String document = json.substring(json.indexOf('{'));

        assertThat(Definitions.parse(document, DefinitionsFormat.JSON, TestCustomers.SCHEMA.attributes()).segments())
                .containsExactly(Segment.named("adults").where(TestCustomers.AGE.ge(18L)));
    }

    @Test
    void should_place_a_problem_at_its_json_pointer() {
        String json = """
                {"formatVersion": 1, "segments": [
                  {"name": "a", "where": {"op": "all"}},
                  {"name": "b", "where": {"op": "all"}},
                  {"name": "c", "where": {"op": "and", "operands": [
                    {"op": "between", "attribute": "age", "low": 10, "high": 5}, {"op": "all"}]}}]}
                """;
        Map<String, Attribute> attributes = TestCustomers.SCHEMA.attributes().stream()
                .collect(Collectors.toMap(Attribute::name, a -> a));
        List<Problem> readProblems = new ArrayList<>();
        ParsedDefinitions parsed = JsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                attributes, readProblems);
        assertThat(readProblems).isEmpty();
        ParsedSegment declaration = parsed.declarations().get(2);
        Problem problem = DefinitionValidator.validate(TestCustomers.SCHEMA.attributes(), parsed.segments(), true)
                .get(0);
        // javadoc: segmentation-definitions/src/main/java/io/github/segmentkit/definitions/json/JsonLocator.java
        JsonLocator.INSTANCE.at(declaration, problem).message();
        // "at /segments/2/where/operands/0/attribute: age.between(10, 5): …"

        assertThat(JsonLocator.INSTANCE.at(declaration, problem).message())
                .startsWith("at /segments/2/where/operands/0/attribute: age.between(10, 5): ");
    }

    @Test
    void should_escape_every_surrogate() throws IOException {
        JsonNode node = JsonNodeFactory.instance.textNode("\uD83D");   // an unpaired surrogate
        // javadoc: segmentation-definitions/src/main/java/io/github/segmentkit/definitions/json/SurrogateEscapes.java
        String json = JsonFormat.MAPPER.writer().with(new SurrogateEscapes()).writeValueAsString(node);

        assertThat(json).isEqualTo("\"\\ud83d\"");
    }
}
