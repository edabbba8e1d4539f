package io.github.segmentkit.api.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.AsOf;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentCountsTest {
    private static final AsOf AS_OF = AsOf.date(LocalDate.of(2024, 3, 31));

    @Test
    void should_read_as_its_javadoc_shows() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/result/SegmentCounts.java
        SegmentCounts counts = new SegmentCounts(AsOf.date(LocalDate.of(2024, 3, 31)), 10,
                Map.of("adults", 7L), 3);
        long adults = counts.count("adults");        // 7
        long nowhere = counts.unsegmentedCount();    // 3

        assertThat(adults).isEqualTo(7);
        assertThat(nowhere).isEqualTo(3);
    }

    @Test
    void should_keep_declaration_order_and_a_copy() {
        Map<String, Long> given = new LinkedHashMap<>();
        given.put("zeta", 1L);
        given.put("alpha", 2L);
        SegmentCounts counts = new SegmentCounts(AS_OF, 5, given, 2);
        given.put("late", 3L);

        assertThat(counts.counts().keySet()).containsExactly("zeta", "alpha");
    }

    @Test
    void should_name_an_unknown_segment_with_control_characters_escaped() {
        SegmentCounts counts = new SegmentCounts(AS_OF, 5, Map.of("adults", 1L), 4);

        assertThatThrownBy(() -> counts.count("\u001b[31mred"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no segment named")
                .hasMessageContaining("adults")
                .hasMessageNotContaining("\u001b");
    }

    @Test
    void should_refuse_counts_that_cannot_add_up() {
        assertThatThrownBy(() -> new SegmentCounts(AS_OF, 5, Map.of("adults", 6L), 0))
                .hasMessageContaining("'adults' cannot have 6 members among 5 customers");
        assertThatThrownBy(() -> new SegmentCounts(AS_OF, 5, Map.of(), 6))
                .hasMessageContaining("unsegmented count 6");
        assertThatThrownBy(() -> new SegmentCounts(AS_OF, -1, Map.of(), 0))
                .hasMessageContaining("customer count -1");
    }
}
