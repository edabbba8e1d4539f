package io.github.segmentkit.core.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of the engine internals in {@code core.column}, compiled and run here, in their own package,
 * so that they keep compiling when these types stop being public. Checked by {@code JavadocExamplesTest}.
 */
class ColumnSnippetsTest {
    private final ColumnTable<TestCustomer> table = ColumnTable.of(TestCustomers.SCHEMA, List.of(
            new TestCustomer(1, 34L, 52_000.0, "CA", true, LocalDate.of(2024, 1, 2),
                    Instant.parse("2024-03-30T12:00:00.5Z"), List.of("hiking"), GeoPoint.of(43.65, -79.38)),
            new TestCustomer(2, 25L, Double.NaN, null, false, null, null, List.of("golf"), null)));

    @Test
    void should_fill_exactly_the_rows_asked_for() {
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/column/Bits.java
        long[] words = new long[Bits.words(100)];
        Bits.fillOnes(words, 100);   // rows 0..99 set, the 28 bits past them clear

        assertThat(words).containsExactly(-1L, (1L << 36) - 1);
    }

    @Test
    void should_read_the_chunks_of_each_kind() {
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/column/BooleanChunk.java
        BooleanChunk optedIn = (BooleanChunk) table.column("opted_in").chunk(0);
        boolean firstOptedIn = (optedIn.values()[0] & 1) != 0;
        assertThat(firstOptedIn).isTrue();

        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/column/Chunk.java
        long[] missing = table.column("age").chunk(0).missing();   // null: no age is missing in chunk 0
        assertThat(missing).isNull();

        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/column/Column.java
        Column age = table.column("age");
        LongChunk first = (LongChunk) age.chunk(0);
        assertThat(first.size()).isEqualTo(2);

        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/column/GeoChunk.java
        GeoChunk homes = (GeoChunk) table.column("home").chunk(0);
        double firstLatitude = homes.latitudes()[0];
        assertThat(firstLatitude).isEqualTo(43.65);

        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/column/LongChunk.java
        LongChunk ages = (LongChunk) table.column("age").chunk(0);
        long firstAge = ages.values().get(0);
        assertThat(firstAge).isEqualTo(34L);

        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/column/TagsChunk.java
        TagsChunk interests = (TagsChunk) table.column("interests").chunk(0);
        long[] hikers = interests.rowsWith(table.column("interests").dictionary().codeOf("hiking"));
        assertThat(hikers[0]).isEqualTo(0b01L);

        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/column/TimestampChunk.java
        TimestampChunk logins = (TimestampChunk) table.column("last_login").chunk(0);
        Instant firstLogin = Instant.ofEpochSecond(logins.seconds().get(0), logins.nanos().get(0));
        assertThat(firstLogin).isEqualTo(Instant.parse("2024-03-30T12:00:00.5Z"));
    }

    @Test
    void should_code_categories_in_order_of_first_appearance() {
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/column/Dictionary.java
        Dictionary countries = Dictionary.EMPTY.toBuilder().add("US").add("CA").add("US").build();
        countries.codeOf("CA");   // 1
        countries.codeOf("MX");   // -1: no row holds it

        assertThat(countries.codeOf("CA")).isEqualTo(1);
        assertThat(countries.codeOf("MX")).isEqualTo(-1);
    }

    @Test
    void should_order_double_keys_as_the_doubles() {
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/column/OrderedKeys.java
        boolean below = OrderedKeys.ofDouble(-1.5) < OrderedKeys.ofDouble(-0.0);   // true
        boolean same = OrderedKeys.ofDouble(-0.0) == OrderedKeys.ofDouble(0.0);    // true

        assertThat(below).isTrue();
        assertThat(same).isTrue();
    }

    @Test
    void should_select_a_range_from_packed_values() {
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/column/PackedLongs.java
        PackedLongs ages = PackedLongs.pack(new long[] {34, 35, 120}, 3);   // 7 bits per value
        long[] words = new long[1];
        ages.selectRange(35, 200, words);                                      // words[0] == 0b110

        assertThat(ages.width()).isEqualTo(7);
        assertThat(words[0]).isEqualTo(0b110L);
    }
}
