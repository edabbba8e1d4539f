package io.github.segmentkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.benchmarks.definitions.LargestDocumentsBenchmark;
import io.github.segmentkit.definitions.DefinitionsFormat;
import org.junit.jupiter.api.Test;

/** Every largest document fits the limits and parses (or is refused) as its setup expects, in both formats. */
class LargestDocumentsBenchmarkTest {
    @Test
    void should_build_and_check_every_largest_document() {
        for (String document : new String[] {"unknown-references", "many-segments", "deep-nesting"}) {
            for (DefinitionsFormat format : DefinitionsFormat.values()) {
                LargestDocumentsBenchmark benchmark = new LargestDocumentsBenchmark();
                benchmark.document = document;
                benchmark.format = format;
                benchmark.setUp();   // throws when a document is over the limit or its outcome is wrong

                assertThat(benchmark.parseAndValidate()).as(document + " " + format).isPositive();
            }
        }
    }
}
