package io.github.segmentkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.segmentkit.api.EngineNotFoundException;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import org.junit.jupiter.api.Test;

/**
 * The javadoc example of {@link EngineNotFoundException}, run here because this module's tests see exactly one
 * engine, so the message's list of engines found is known. Checked by {@code JavadocExamplesTest}.
 */
class EngineNotFoundSnippetTest {
    private final CustomerSchema<TestCustomer> schema = TestCustomers.SCHEMA;

    @Test
    void should_name_the_engine_asked_for_and_those_found() {
        EngineNotFoundException thrown = catchThrowableOfType(EngineNotFoundException.class, () -> {
            // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/EngineNotFoundException.java
            Segmenter.builder(schema).engine("spark").build();
            // throws: "no SegmentKit engine named 'spark' on the class path; found [core]"
        });

        assertThat(thrown).hasMessage("no SegmentKit engine named 'spark' on the class path; found [core]");
    }
}
