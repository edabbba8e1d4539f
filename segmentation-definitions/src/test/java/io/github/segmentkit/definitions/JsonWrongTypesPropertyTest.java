package io.github.segmentkit.definitions;

import static io.github.segmentkit.definitions.DefinitionsFormat.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.testing.generators.Generators;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Valid JSON documents with one value replaced by a value of another type, or with a key repeated: the reader
 * either reads an equally valid document or reports problems, and nothing but {@link DefinitionException} escapes.
 */
class JsonWrongTypesPropertyTest {
    private static final List<Attribute> ATTRIBUTES = TestCustomers.SCHEMA.attributes();
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final List<String> REPLACEMENTS = List.of("null", "true", "false", "0", "-1", "1.5", "1e308",
            "-1e308", "9223372036854775808", "\"\"", "\"x\"", "\"Infinity\"", "\"2024-01-31\"", "[]", "{}",
            "[1, 2]", "[\"a\", null]", "{\"op\": \"all\"}", "{\"op\": \"not\"}", "\"\\ud800\"");

    @Provide
    Arbitrary<List<Segment>> segments() {
        return Generators.segments(3, 4);
    }

    /** Every value inside {@code node}, as its parent and the field name or index that holds it. */
    private static void slots(JsonNode node, List<Map.Entry<JsonNode, Object>> into) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                into.add(Map.entry(object, name));
                slots(object.get(name), into);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                into.add(Map.entry(array, i));
                slots(array.get(i), into);
            }
        }
    }

    @Property(tries = 500)
    void should_survive_a_value_of_the_wrong_type(@ForAll("segments") List<Segment> segments,
            @ForAll("indices") int where, @ForAll("replacements") String replacement) throws JsonProcessingException {
        JsonNode document = PLAIN.readTree(Definitions.print(segments, JSON));
        List<Map.Entry<JsonNode, Object>> slots = new ArrayList<>();
        slots(document, slots);
        Map.Entry<JsonNode, Object> slot = slots.get(where % slots.size());
        JsonNode value = PLAIN.readTree(replacement);
        if (slot.getKey() instanceof ObjectNode object) {
            object.set((String) slot.getValue(), value);
        } else {
            ((ArrayNode) slot.getKey()).set((Integer) slot.getValue(), value);
        }
        String mutated = PLAIN.writeValueAsString(document);
        try {
            List<Segment> read = Definitions.parse(mutated, JSON, ATTRIBUTES).segments();
            // a replacement that happens to fit (a description, a number for a number) gives a valid document
            assertThat(Definitions.parse(Definitions.print(read, JSON), JSON, ATTRIBUTES).segments()).isEqualTo(read);
        } catch (DefinitionException expected) {
            assertThat(expected.problems()).isNotEmpty();
        }
    }

    @Property(tries = 200)
    void should_reject_any_repeated_key(@ForAll("segments") List<Segment> segments, @ForAll("indices") int where) {
        // repeat one of the printed lines that holds a key and a simple value, e.g. "op" : "ge",
        String json = Definitions.print(segments, JSON);
        List<String> lines = json.lines().toList();
        List<Integer> keyed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*\"[^\"]+\" : [^\\[{]*,")) {
                keyed.add(i);
            }
        }
        int line = keyed.get(where % keyed.size());
        List<String> repeated = new ArrayList<>(lines);
        repeated.add(line, lines.get(line));
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> Definitions.parse(String.join("\n", repeated), JSON, ATTRIBUTES));
        assertThat(e.getMessage()).contains("Duplicate field");
    }

    @Provide
    Arbitrary<Integer> indices() {
        return Arbitraries.integers().between(0, 10_000);
    }

    @Provide
    Arbitrary<String> replacements() {
        return Arbitraries.of(REPLACEMENTS);
    }
}
