package io.github.segmentkit.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.SourcePosition;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The javadoc examples of package {@code io.github.segmentkit.definitions}, compiled and run. */
class DefinitionsSnippetsTest {
    private final CustomerSchema<TestCustomer> schema = TestCustomers.SCHEMA;

    @Test
    void should_know_where_each_segment_and_attribute_is_written() {
        String source = """
                segment "adults"
                  where age >= 18

                segment "north-america"
                  where country in ("US", "CA")

                segment "lapsed"
                  where age >= 18 and last_order before 365 days ago
                """;
        // javadoc: segmentation-definitions/src/main/java/io/github/segmentkit/definitions/ParsedDefinitions.java
        ParsedDefinitions parsed = Definitions.parseTextWithPositions(source, schema.attributes());
        parsed.segments();                    // the segments, in document order
        parsed.positionOf("lapsed");          // Optional[line 7, column 1]
        parsed.positionOf("lapsed", "age");   // Optional[line 8, column 9], else where the segment starts

        assertThat(parsed.segments()).extracting(s -> s.name()).containsExactly("adults", "north-america", "lapsed");
        assertThat(parsed.positionOf("lapsed")).isEqualTo(Optional.of(new SourcePosition(7, 1)));
        assertThat(parsed.positionOf("lapsed", "age")).isEqualTo(Optional.of(new SourcePosition(8, 9)));
        assertThat(parsed.positionOf("lapsed", "income")).isEqualTo(Optional.of(new SourcePosition(7, 1)));
    }
}
