package io.github.segmentkit.examples.snippets;

import static io.github.segmentkit.examples.snippets.Fixtures.AGE;
import static io.github.segmentkit.examples.snippets.Fixtures.COUNTRY;
import static io.github.segmentkit.examples.snippets.Fixtures.CUSTOMERS;
import static io.github.segmentkit.examples.snippets.Fixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.definitions.Definitions;
import io.github.segmentkit.definitions.DefinitionsDocument;
import io.github.segmentkit.definitions.DefinitionsFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The javadoc examples of {@code segmentation-definitions} written against the user's customer class. */
class DefinitionsSnippetsTest {

    @Test
    void should_configure_classifiers_and_segments_from_one_file(@TempDir Path directory) throws IOException {
        CustomerSchema<Customer> schema = SCHEMA;
        List<AttributeValues> population = CUSTOMERS.stream().map(SCHEMA::values).toList();
        Path file = directory.resolve("crm.seg");
        Files.writeString(file, """
                classifier "age-band"
                  settings {"age": "age", "output": "age_band"}

                segment "young" where age_band in ("18-24", "25-34")
                """);
        // javadoc: segmentation-definitions/src/main/java/io/github/segmentkit/definitions/DefinitionsDocument.java
        DefinitionsDocument document = Definitions.read(file, schema.attributes());
        CustomerSchema<Customer> labelled = schema;
        for (Classifier classifier : document.classifiers()) {
            labelled = labelled.withClassifier(classifier.fit(population));
        }
        Segmenter<Customer> segmenter = Segmenter.builder(labelled).addAll(document.segments()).build();

        assertThat(segmenter.segment(CUSTOMERS).memberIds("young")).containsExactly(1L);
    }

    @Test
    void should_parse_print_and_read_definitions(@TempDir Path directory) throws IOException {
        CustomerSchema<Customer> schema = SCHEMA;
        Path file = directory.resolve("crm.json");
        Files.writeString(file, """
                {"formatVersion": 1,
                 "classifiers": [{"type": "age-band", "settings": {"age": "age"}}],
                 "segments": [{"name": "young", "where": {"op": "in", "attribute": "age_band",
                                                          "values": ["25-34"]}}]}
                """);
        // javadoc: segmentation-definitions/src/main/java/io/github/segmentkit/definitions/Definitions.java
        List<Segment> segments = Definitions.parse("""
                segment "outdoor-young"
                  where age between 25 and 34 and country in ("US", "CA")
                """, DefinitionsFormat.TEXT, schema.attributes()).segments();
        String json = Definitions.print(segments, DefinitionsFormat.JSON);
        DefinitionsDocument crm = Definitions.read(file, schema.attributes());   // a .seg or .json file
        Segmenter<Customer> segmenter = Segmenter.builder(schema).addAll(segments).build();

        // customer 1 is 29 and in the US; 2 is 41, 3 is in GB
        assertThat(segmenter.segment(CUSTOMERS).memberIds("outdoor-young")).containsExactly(1L);
        assertThat(segments).containsExactly(Segment.named("outdoor-young")
                .where(AGE.between(25L, 34L).and(COUNTRY.in("US", "CA"))));
        assertThat(Definitions.parse(json, DefinitionsFormat.JSON, schema.attributes()).segments())
                .isEqualTo(segments);
        // read chose JSON by the extension
        assertThat(crm.classifiers()).extracting(Classifier::type).containsExactly("age-band");
        assertThat(crm.segments()).extracting(Segment::name).containsExactly("young");
    }
}
