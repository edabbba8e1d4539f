package io.github.segmentkit.io.mapping;

import static io.github.segmentkit.io.mapping.MappingJson.MAX_DOCUMENT_BYTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.InvalidDocumentException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.internal.BoundedDocument;
import io.github.segmentkit.io.ColumnMapping;
import io.github.segmentkit.io.CustomerMapping;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The compiled twins of the javadoc examples of {@code io.github.segmentkit.io.mapping}, each run and checked. */
class MappingSnippetsTest {
    private static final Logger log = LoggerFactory.getLogger(MappingSnippetsTest.class);

    @Test
    void should_run_the_mapping_json_example() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/mapping/MappingJson.java
        CustomerMapping mapping = MappingJson.read("""
                {
                  "formatVersion": 1,
                  "id": "customer_id",
                  "columns": [
                    { "column": "age", "kind": "long" },
                    { "column": "revenu", "attribute": "income", "kind": "double", "decimalSeparator": "," },
                    { "latitude": "lat", "longitude": "lon", "attribute": "home", "kind": "geoPoint" }
                  ]
                }
                """, "customers.mapping.json");
        String json = MappingJson.write(mapping);   // reads back equal

        assertThat(mapping).isEqualTo(CustomerMapping.builder("customer_id")
                .column("age", Attribute.ofLong("age"))
                .add(ColumnMapping.of("revenu", Attribute.ofDouble("income")).withDecimalSeparator(','))
                .add(ColumnMapping.geoPoint("lat", "lon", Attribute.ofGeoPoint("home")))
                .build());
        assertThat(MappingJson.read(json, null)).isEqualTo(mapping);
    }

    @Test
    void should_run_the_invalid_mapping_example(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("m.json"), "{\"formatVersion\": 1, \"columns\": []}");
        List<Problem> reported = new ArrayList<>();
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/mapping/InvalidMappingException.java
        try {
            MappingJson.read(file);
        } catch (InvalidMappingException e) {
            e.problems().forEach(p -> log.error("{}", p));
            reported.addAll(e.problems());
        }
        assertThat(reported).extracting(Problem::toString).containsExactly("line 1, column 1: at /: missing field 'id'");
    }

    @Test
    void should_run_the_invalid_document_example(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("customers.mapping.json"),
                "{\"formatVersion\": 1, \"columns\": []}");
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/InvalidDocumentException.java
        try {
            MappingJson.read(file);
        } catch (InvalidDocumentException e) {
            log.error("{}: {} problems", e.source(), e.problems().size());
        }
        assertThatThrownBy(() -> MappingJson.read(file)).isInstanceOf(InvalidDocumentException.class)
                .hasMessage("customers.mapping.json: line 1, column 1: at /: missing field 'id'");
    }

    @Test
    void should_run_the_bounded_document_example() {
        InputStream in = new ByteArrayInputStream(new byte[MAX_DOCUMENT_BYTES + 1]);
        String source = "huge.json";
        InvalidMappingException refused = null;
        try {
            // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/internal/BoundedDocument.java
            byte[] json = BoundedDocument.read(in, MAX_DOCUMENT_BYTES, "MappingJson.MAX_DOCUMENT_BYTES",
                    problems -> new InvalidMappingException(source, problems));
            assertThat(json).isNull();   // not reached: one byte too many
        } catch (InvalidMappingException e) {
            refused = e;
        }
        assertThat(refused).hasMessage("huge.json: the document is larger than " + MAX_DOCUMENT_BYTES
                + " bytes (MappingJson.MAX_DOCUMENT_BYTES)");
        byte[] exactly = BoundedDocument.read(new ByteArrayInputStream(new byte[10]), 10, "TEN",
                problems -> new InvalidMappingException(source, problems));
        assertThat(exactly).hasSize(10);
    }
}
