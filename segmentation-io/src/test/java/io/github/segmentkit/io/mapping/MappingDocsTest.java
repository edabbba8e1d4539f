package io.github.segmentkit.io.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.io.ColumnMapping;
import io.github.segmentkit.io.CustomerMapping;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/mapping.md tells the truth: its example reads as described, the schema accepts it, its error is the error. */
class MappingDocsTest {
    static final JsonSchema SCHEMA = schema();

    static JsonSchema schema() {
        try (InputStream in = MappingJson.class.getResourceAsStream(MappingJson.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> page() throws IOException {
        return Files.readAllLines(Path.of("..", "docs", "mapping.md"));
    }

    /** The lines between the first fence opening with {@code fence} and the next closing one. */
    private static String block(List<String> lines, String fence) {
        int start = lines.indexOf(fence);
        int end = lines.subList(start + 1, lines.size()).indexOf("```") + start + 1;
        return String.join("\n", lines.subList(start + 1, end)) + "\n";
    }

    @Test
    void should_read_the_documented_example_as_the_page_describes_it() throws IOException {
        String example = block(page(), "```json");
        CustomerMapping expected = CustomerMapping.builder("customer_id")
                .add(ColumnMapping.of("age", Attribute.ofLong("age")).withMissingMarkers("", "n/a"))
                .add(ColumnMapping.of("revenu", Attribute.ofDouble("income")).withDecimalSeparator(','))
                .column("country", Attribute.ofCategorical("country"))
                .add(ColumnMapping.of("opt_in", Attribute.ofBoolean("newsletter"))
                        .withBooleanValues(List.of("Y"), List.of("N")))
                .add(ColumnMapping.of("joined", Attribute.ofDate("joined")).withFormat("dd/MM/uuuu"))
                .add(ColumnMapping.of("last_login", Attribute.ofTimestamp("last_login"))
                        .withFormat("uuuu-MM-dd HH:mm").withZone(ZoneId.of("Europe/Paris")))
                .add(ColumnMapping.of("interests", Attribute.ofTags("interests")).withTagSeparator(";"))
                .add(ColumnMapping.geoPoint("lat", "lon", Attribute.ofGeoPoint("home")))
                .build();

        assertThat(MappingJson.read(example, null)).isEqualTo(expected);
        assertThat(SCHEMA.validate(new ObjectMapper().readTree(example))).isEmpty();
    }

    @Test
    void should_show_the_error_the_reader_gives() throws IOException {
        List<String> lines = page();
        String example = block(lines, "```json");
        String documented = block(lines.subList(lines.indexOf("## Errors"), lines.size()), "```").strip();

        try {
            MappingJson.read(example.replaceFirst("\"long\"", "\"lng\""), "customers.mapping.json");
            throw new AssertionError("the misspelt kind was read");
        } catch (InvalidMappingException e) {
            assertThat(e.getMessage()).isEqualTo(documented);
        }
    }
}
