package io.github.segmentkit.core.column;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PackedLongsTest {

    @Test
    void should_store_as_few_bits_as_the_spread_of_values_needs() {
        assertThat(PackedLongs.pack(new long[] {7, 7, 7}, 3).width()).isZero();
        assertThat(PackedLongs.pack(new long[] {34, 35, 120}, 3).width()).isEqualTo(7);
        assertThat(PackedLongs.pack(new long[] {1_000, 1_255}, 2).width()).isEqualTo(8);
        assertThat(PackedLongs.pack(new long[] {1_000, 1_256}, 2).width()).isEqualTo(9);
        assertThat(PackedLongs.pack(new long[] {-5, 65_530}, 2).width()).isEqualTo(16);
        assertThat(PackedLongs.pack(new long[] {-5, 65_531}, 2).width()).isEqualTo(17);
        assertThat(PackedLongs.pack(new long[] {0, 0xFFFF_FFFFL}, 2).width()).isEqualTo(32);
        assertThat(PackedLongs.pack(new long[] {0, 0x1_0000_0000L}, 2).width()).isEqualTo(64);
        assertThat(PackedLongs.pack(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, 2).width()).isEqualTo(64);
    }

    @Test
    void should_give_back_every_value_it_packed() {
        long[] values = {Long.MIN_VALUE + 3, Long.MIN_VALUE, Long.MIN_VALUE + 200};
        PackedLongs packed = PackedLongs.pack(values, 3);
        assertThat(packed.width()).isEqualTo(8);
        assertThat(new long[] {packed.get(0), packed.get(1), packed.get(2)}).containsExactly(values);
        assertThat(packed.min()).isEqualTo(Long.MIN_VALUE);
        assertThat(packed.max()).isEqualTo(Long.MIN_VALUE + 200);
    }

    @Test
    void should_count_one_word_per_slice_and_64_rows() {
        long[] values = new long[130];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + i % 8;   // spread 7: three slices
        }
        assertThat(PackedLongs.pack(values, 130).valueBytes()).isEqualTo(3 * 3 * 8);
        assertThat(PackedLongs.pack(new long[] {1, 1, 1, 1}, 4).valueBytes()).isZero();
        assertThat(PackedLongs.pack(new long[] {0, Long.MAX_VALUE}, 2).valueBytes()).isEqualTo(16);
    }

    @Provide
    Arbitrary<List<Long>> anyWidth() {
        // spreads of 1 to 33 bits, so that both ways of slicing (bit by bit below 6 bits, transposed above) and the
        // plain longs past 32 bits are taken, over partial last words
        return Arbitraries.integers().between(1, 33).flatMap(bits -> Arbitraries.longs()
                .between(-7, (1L << bits) - 8).list().ofMaxSize(300));
    }

    @Property(tries = 500)
    void should_give_back_every_value_of_any_width(@ForAll("anyWidth") List<Long> column) {
        long[] values = column.stream().mapToLong(Long::longValue).toArray();

        PackedLongs packed = PackedLongs.pack(values, values.length);

        for (int i = 0; i < values.length; i++) {
            assertThat(packed.get(i)).as("row %d", i).isEqualTo(values[i]);
        }
        assertCopiesBack(packed, values);
    }

    @Property(tries = 1000)
    void should_copy_back_every_value_of_any_column(@ForAll("columns") List<Long> column) {
        long[] values = column.stream().mapToLong(Long::longValue).toArray();

        assertCopiesBack(PackedLongs.pack(values, values.length), values);
    }

    private static void assertCopiesBack(PackedLongs packed, long[] values) {
        long[] copied = new long[values.length + 2];
        copied[0] = 0x77;
        copied[copied.length - 1] = 0x88;   // before and after the values: untouched

        packed.copyTo(copied, 1);

        assertThat(java.util.Arrays.copyOfRange(copied, 1, values.length + 1)).containsExactly(values);
        assertThat(copied[0]).isEqualTo(0x77);
        assertThat(copied[copied.length - 1]).isEqualTo(0x88);
    }

    @Test
    void should_slice_wide_spreads_where_slices_take_no_more_room_than_longs() {
        long[] incomes = new long[8192];
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int i = 0; i < incomes.length; i++) {
            incomes[i] = OrderedKeys.ofDouble(20_000 + 180_000 * random.nextDouble());
        }
        long[] spread = {Long.MIN_VALUE, Long.MAX_VALUE, 0, 1};

        // the order keys of 20,000 to 200,000 differ in their lowest 54 bits: 54 slices of 128 words, not 8,192 longs
        assertThat(PackedLongs.pack(incomes, incomes.length).width()).isEqualTo(54);
        assertThat(PackedLongs.pack(incomes, incomes.length).valueBytes()).isEqualTo(54 * 128 * 8);
        // 64 rows spanning all 64 bits: 64 slices of one word; 63 rows: 63 plain longs
        assertThat(PackedLongs.pack(java.util.Arrays.copyOf(spread, 64), 64).width()).isEqualTo(64);
        assertThat(PackedLongs.pack(java.util.Arrays.copyOf(spread, 63), 63).valueBytes()).isEqualTo(63 * 8);
    }

    @Test
    void should_transpose_a_bit_matrix() {
        long[] rows = new long[64];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int j = 0; j < 64; j++) {
            rows[j] = random.nextLong();
        }
        long[] transposed = rows.clone();

        SlicedLongs.transpose(transposed);

        for (int j = 0; j < 64; j++) {
            for (int k = 0; k < 64; k++) {
                assertThat((transposed[k] >>> j) & 1L).as("bit %d of row %d", j, k).isEqualTo((rows[j] >>> k) & 1L);
            }
        }
    }

    @Test
    void should_transpose_rows_of_at_most_32_bits_as_the_full_transpose_does() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int round = 0; round < 200; round++) {
            long[] rows = new long[64];
            int bits = 1 + random.nextInt(32);
            for (int j = 0; j < 64; j++) {
                rows[j] = bits == 64 ? random.nextLong() : random.nextLong() >>> (64 - bits);
            }
            long[] full = rows.clone();
            long[] narrow = rows.clone();

            SlicedLongs.transpose(full);
            SlicedLongs.transposeNarrow(narrow);

            assertThat(narrow).as("%d bits, round %d", bits, round).containsExactly(full);
        }
    }

    @Provide
    Arbitrary<List<Long>> columns() {
        Arbitrary<Long> bytes = Arbitraries.longs().between(100, 355);
        Arbitrary<Long> shorts = Arbitraries.longs().between(-1_000, 64_535);
        Arbitrary<Long> small = Arbitraries.longs().between(-3, 300);
        Arbitrary<Long> wide = Arbitraries.longs().between(-70_000, 70_000);
        Arbitrary<Long> extreme = Arbitraries.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L, 0L, 1L, Long.MAX_VALUE - 1,
                Long.MAX_VALUE, 0xFFFF_FFFFL, -0x1_0000_0000L);
        // epoch seconds (27 bits and more) and 32-bit spreads: tests that stop early once no row is still equal to
        // the bound's prefix; a few values repeated, so that rows equal to a bound reach the last slice
        Arbitrary<Long> seconds = Arbitraries.longs().between(1_600_000_000L, 1_700_000_000L);
        Arbitrary<Long> thirtyTwoBits = Arbitraries.longs().between(-1L << 31, (1L << 31) - 1);
        Arbitrary<Long> repeated = Arbitraries.of(1_650_000_000L, 1_650_000_001L, 1_600_000_000L, 1_699_999_999L);
        return Arbitraries.oneOf(bytes.list(), shorts.list(), small.list(), wide.list(),
                Arbitraries.oneOf(small, extreme).list(),
                Arbitraries.oneOf(extreme, Arbitraries.longs()).list(),
                seconds.list().ofMaxSize(400), thirtyTwoBits.list().ofMaxSize(400),
                Arbitraries.oneOf(seconds, repeated).list().ofMaxSize(400))
                .map(l -> l.subList(0, Math.min(l.size(), 400)));
    }

    @Provide
    Arbitrary<Long> bounds() {
        return Arbitraries.oneOf(Arbitraries.longs().between(95, 360), Arbitraries.longs().between(-1_005, 64_540),
                Arbitraries.longs().between(-5, 305), Arbitraries.longs().between(-70_005, 70_005),
                Arbitraries.longs().between(1_599_999_990L, 1_700_000_010L),
                Arbitraries.of(1_650_000_000L, 1_650_000_001L, 1_600_000_000L, 1_699_999_999L),
                Arbitraries.longs().between((-1L << 31) - 5, 1L << 31),
                Arbitraries.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L, 0L, Long.MAX_VALUE, 0xFFFF_FFFFL),
                Arbitraries.longs());
    }

    @Property(tries = 3000)
    void should_select_exactly_the_rows_in_range(@ForAll("columns") List<Long> column, @ForAll("bounds") long low,
            @ForAll("bounds") long high) {
        long[] values = column.stream().mapToLong(Long::longValue).toArray();
        PackedLongs packed = PackedLongs.pack(values, values.length);
        long[] words = new long[Bits.words(values.length) + 1];
        words[words.length - 1] = 0x5A5A;   // past the used words: must stay untouched

        long[] work = new long[packed.workWords()];
        java.util.Arrays.fill(work, 0x3C3C_3C3C_3C3C_3C3CL);   // left over from an earlier test: never read

        packed.selectRange(low, high, words, work);

        for (int i = 0; i < values.length; i++) {
            boolean expected = low <= values[i] && values[i] <= high;
            assertThat((words[i >>> 6] >>> i & 1) == 1).as("row %d value %d in [%d, %d]", i, values[i], low, high)
                    .isEqualTo(expected);
        }
        if ((values.length & 63) != 0) {
            assertThat(words[values.length >>> 6] & ~Bits.lastWordMask(values.length)).isZero();
        }
        assertThat(words[words.length - 1]).isEqualTo(0x5A5A);
    }

    @Property(tries = 1000)
    void should_select_the_rows_whose_code_is_in_the_set(@ForAll("codes") List<Integer> codes,
            @ForAll("codeSets") long[] set) {
        long[] values = codes.stream().mapToLong(Integer::longValue).toArray();
        PackedLongs packed = PackedLongs.pack(values, values.length);
        long[] words = new long[Bits.words(values.length)];
        long[] work = new long[packed.workWords()];
        java.util.Arrays.fill(work, -1L);   // left over from an earlier test: never read

        packed.selectCodes(set, words, work);

        for (int i = 0; i < values.length; i++) {
            boolean expected = (set[(int) values[i] >>> 6] >>> values[i] & 1) == 1;
            assertThat((words[i >>> 6] >>> i & 1) == 1).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<List<Integer>> codes() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 299),
                Arbitraries.integers().between(250, 299)).list().ofMaxSize(150);
    }

    @Provide
    Arbitrary<long[]> codeSets() {
        // dense sets (decoded row by row) and sparse ones (tested code by code)
        Arbitrary<long[]> sparse = Arbitraries.integers().between(0, 319).list().ofMaxSize(20).map(codes -> {
            long[] set = new long[5];
            codes.forEach(code -> set[code >>> 6] |= 1L << code);
            return set;
        });
        return Arbitraries.oneOf(Arbitraries.longs().array(long[].class).ofSize(5), sparse);
    }

    @Property(tries = 2000)
    void should_compare_unsigned_without_branches(@ForAll("bounds") long x, @ForAll("bounds") long y) {
        assertThat(Bits.unsignedAtMost(x, y) == 1).isEqualTo(Long.compareUnsigned(x, y) <= 0);
    }
}
