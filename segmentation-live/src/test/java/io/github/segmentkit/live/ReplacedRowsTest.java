package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReplacedRowsTest {
    @Test
    void should_hold_each_row_marked_below_the_tables_end_once_like_a_sorted_set() {
        Random random = new Random(2026_12_05L);
        for (int trial = 0; trial < 200; trial++) {
            int rows = random.nextInt(2_000);
            int chunkRows = 64 << random.nextInt(4);
            ReplacedRows replaced = new ReplacedRows(rows);
            TreeSet<Integer> expected = new TreeSet<>();
            ReplacedRows before = null;
            TreeSet<Integer> expectedBefore = null;
            int marks = random.nextInt(60);
            for (int m = 0; m < marks; m++) {
                int row = random.nextInt(rows + 100);   // some past the end: appended slots
                replaced.mark(row);
                if (row < rows) {
                    expected.add(row);
                }
                if (m == marks / 2) {
                    before = replaced.copy();
                    expectedBefore = new TreeSet<>(expected);
                }
            }
            assertThat(replaced.count()).isEqualTo(expected.size());
            assertThat(marked(replaced)).containsExactlyElementsOf(expected);
            assertThat(replaced.chunks(chunkRows)).as("chunks of %d rows", chunkRows)
                    .isEqualTo((int) expected.stream().map(row -> row / chunkRows).distinct().count());
            if (before != null) {
                assertThat(marked(before)).as("a copy ignores later marks").containsExactlyElementsOf(expectedBefore);
                assertThat(before.count()).isEqualTo(expectedBefore.size());
            }
        }
    }

    private static List<Integer> marked(ReplacedRows replaced) {
        List<Integer> rows = new ArrayList<>();
        replaced.forEach(rows::add);
        return rows;
    }
}
