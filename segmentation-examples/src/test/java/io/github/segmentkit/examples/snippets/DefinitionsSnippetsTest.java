package io.github.segmentkit.examples.snippets;

import static io.github.segmentkit.examples.snippets.Fixtures.CUSTOMERS;
import static io.github.segmentkit.examples.snippets.Fixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.definitions.Definitions;
import io.github.segmentkit.definitions.DefinitionsDocument;
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
}
