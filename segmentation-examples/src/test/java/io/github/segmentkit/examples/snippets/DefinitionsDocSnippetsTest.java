package io.github.segmentkit.examples.snippets;

import static io.github.segmentkit.examples.snippets.Fixtures.AGE;
import static io.github.segmentkit.examples.snippets.Fixtures.CUSTOMERS;
import static io.github.segmentkit.examples.snippets.Fixtures.INTERESTS;
import static io.github.segmentkit.examples.snippets.Fixtures.LAST_ORDER;
import static io.github.segmentkit.examples.snippets.Fixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.definitions.Definitions;
import io.github.segmentkit.definitions.DefinitionsFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java block of docs/definitions.md, run on a file of two segments whose members follow by hand. */
class DefinitionsDocSnippetsTest {
    private final CustomerSchema<Customer> schema = SCHEMA;
    private final LocalDate today = LocalDate.of(2024, 3, 31);

    @Test
    void should_read_segment_and_print_in_both_forms(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("segments.seg");
        Files.writeString(file, """
                # customers 1 (29, hiking), 2 (41, golf) and 3 (67, camping, last order 2022-05-01)
                segment "young-hikers" where age between 25 and 34 and interests contains any ("hiking")
                segment "lapsed" where last_order before 365 days ago
                """);
        // javadoc: docs/definitions.md
        List<Segment> segments = Definitions.read(file, schema.attributes()).segments();   // a .seg or .json file
        Segmenter<Customer> segmenter = Segmenter.builder(schema).addAll(segments).asOf(today).build();

        String text = Definitions.print(segments, DefinitionsFormat.TEXT);   // canonical, stable: parse(print(x)) equals x
        String json = Definitions.print(segments, DefinitionsFormat.JSON);
        List<Segment> again = Definitions.parse(json, DefinitionsFormat.JSON, schema.attributes()).segments();

        assertThat(segments).containsExactly(
                Segment.named("young-hikers").where(AGE.between(25L, 34L).and(INTERESTS.containsAny("hiking"))),
                Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365)));
        // as of 2024-03-31, 365 days ago is 2023-04-01: only customer 3's last order is before it
        assertThat(segmenter.segment(CUSTOMERS).memberIds("young-hikers")).containsExactly(1L);
        assertThat(segmenter.segment(CUSTOMERS).memberIds("lapsed")).containsExactly(3L);
        assertThat(again).isEqualTo(segments);
        assertThat(Definitions.parse(text, DefinitionsFormat.TEXT, schema.attributes()).segments())
                .isEqualTo(segments);
        assertThat(Definitions.print(Definitions.parse(text, DefinitionsFormat.TEXT, schema.attributes()),
                DefinitionsFormat.TEXT)).isEqualTo(text);
    }
}
