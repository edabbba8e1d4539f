package io.github.segmentkit.core.column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnTableTest {
    private static final int CHUNK = 64;

    /** Row i: age i % 100 (missing every 7th), income i * 1.5 (NaN every 5th), and so on. */
    private static TestCustomer customer(int i) {
        return new TestCustomer(1_000 + i, i % 7 == 0 ? null : (long) (i % 100), i % 5 == 0 ? Double.NaN : i * 1.5,
                i % 3 == 0 ? null : (i % 2 == 0 ? "US" : "తెలంగాణ"), i % 4 == 0 ? null : i % 2 == 1,
                i % 6 == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(i),
                i % 8 == 0 ? null : Instant.ofEpochSecond(1_700_000_000L + i, i % 2 == 0 ? 0 : 123_456_789),
                i % 9 == 0 ? null : List.of("hiking", "golf", "hiking").subList(0, i % 3 + 1),
                i % 10 == 0 ? null : GeoPoint.of(i % 90, -180 + i));
    }

    private static List<TestCustomer> customers(int from, int to) {
        List<TestCustomer> list = new ArrayList<>();
        for (int i = from; i < to; i++) {
            list.add(customer(i));
        }
        return list;
    }

    private static boolean bit(long[] words, int row) {
        return words != null && (words[row >>> 6] >>> row & 1) == 1;
    }

    @Test
    void should_cut_rows_into_chunks() {
        ColumnTable<TestCustomer> table = ColumnTable.of(TestCustomers.SCHEMA, customers(0, 130), CHUNK);

        assertThat(table.rowCount()).isEqualTo(130);
        assertThat(table.chunkCount()).isEqualTo(3);
        assertThat(table.rowsInChunk(0)).isEqualTo(64);
        assertThat(table.rowsInChunk(2)).isEqualTo(2);
        assertThat(table.customerId(129)).isEqualTo(1_129);
        assertThat(table.column("age").chunkCount()).isEqualTo(3);
    }

    @Test
    void should_store_longs_in_as_few_bits_as_needed_with_a_missing_bitmap() {
        ColumnTable<TestCustomer> table = ColumnTable.of(TestCustomers.SCHEMA, customers(0, 64), CHUNK);
        LongChunk ages = (LongChunk) table.column("age").chunk(0);

        assertThat(ages.values().width()).isEqualTo(6);   // ages 1..62: a spread of 61 fits 6 bits
        for (int i = 0; i < 64; i++) {
            assertThat(bit(ages.missing(), i)).as("row %d missing", i).isEqualTo(i % 7 == 0);
            if (i % 7 != 0) {
                assertThat(ages.values().get(i)).isEqualTo(i % 100);
            }
        }
        // missing rows take a present value, so that [min, max] is that of the present values
        assertThat(ages.values().min()).isEqualTo(1);
        assertThat(ages.values().max()).isEqualTo(62);   // 63 is a multiple of 7: missing
    }

    @Test
    void should_store_doubles_as_ordered_keys_and_nan_as_missing() {
        ColumnTable<TestCustomer> table = ColumnTable.of(TestCustomers.SCHEMA, customers(0, 64), CHUNK);
        LongChunk incomes = (LongChunk) table.column("income").chunk(0);

        for (int i = 0; i < 64; i++) {
            assertThat(bit(incomes.missing(), i)).isEqualTo(i % 5 == 0);
            if (i % 5 != 0) {
                assertThat(incomes.values().get(i)).isEqualTo(OrderedKeys.ofDouble(i * 1.5));
            }
        }
    }

    @Test
    void should_store_dates_as_epoch_days_and_instants_to_the_nanosecond() {
        ColumnTable<TestCustomer> table = ColumnTable.of(TestCustomers.SCHEMA, customers(0, 64), CHUNK);
        LongChunk dates = (LongChunk) table.column("last_order").chunk(0);
        TimestampChunk instants = (TimestampChunk) table.column("last_login").chunk(0);

        assertThat(dates.values().get(1)).isEqualTo(LocalDate.of(2024, 1, 2).toEpochDay());
        assertThat(bit(dates.missing(), 6)).isTrue();
        assertThat(instants.seconds().get(3)).isEqualTo(1_700_000_003L);
        assertThat(instants.nanos().get(3)).isEqualTo(123_456_789L);
        assertThat(instants.nanos().get(2)).isZero();
        assertThat(bit(instants.missing(), 8)).isTrue();
    }

    @Test
    void should_take_no_space_for_nanoseconds_when_all_are_zero() {
        List<TestCustomer> wholeSeconds = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            TestCustomer c = customer(i);
            wholeSeconds.add(new TestCustomer(i, c.age(), c.income(), c.country(), c.optedIn(), c.lastOrder(),
                    Instant.ofEpochSecond(1_700_000_000L + i), c.interests(), c.home()));
        }
        ColumnTable<TestCustomer> table = ColumnTable.of(TestCustomers.SCHEMA, wholeSeconds, CHUNK);

        assertThat(((TimestampChunk) table.column("last_login").chunk(0)).nanos().width()).isZero();
    }

    @Test
    void should_encode_categories_and_tags_through_dictionaries() {
        ColumnTable<TestCustomer> table = ColumnTable.of(TestCustomers.SCHEMA, customers(0, 64), CHUNK);
        Column countries = table.column("country");
        Column interests = table.column("interests");
        LongChunk codes = (LongChunk) countries.chunk(0);
        TagsChunk tags = (TagsChunk) interests.chunk(0);

        assertThat(countries.dictionary().size()).isEqualTo(2);
        assertThat(codes.values().get(1)).isEqualTo(countries.dictionary().codeOf("తెలంగాణ"));
        assertThat(codes.values().get(2)).isEqualTo(countries.dictionary().codeOf("US"));
        assertThat(bit(codes.missing(), 3)).isTrue();
        int hiking = interests.dictionary().codeOf("hiking");
        int golf = interests.dictionary().codeOf("golf");
        // row 1 holds [hiking, golf], row 2 [hiking, golf, hiking] (the duplicate counts once), row 4 [hiking, golf]
        assertThat(bit(tags.rowsWith(hiking), 1)).isTrue();
        assertThat(bit(tags.rowsWith(golf), 1)).isTrue();
        assertThat(bit(tags.rowsWith(golf), 3)).isFalse();
        assertThat(bit(tags.missing(), 9)).isTrue();
        assertThat(tags.rowsWith(99)).isNull();
    }

    @Test
    void should_store_flags_and_points() {
        ColumnTable<TestCustomer> table = ColumnTable.of(TestCustomers.SCHEMA, customers(0, 64), CHUNK);
        BooleanChunk flags = (BooleanChunk) table.column("opted_in").chunk(0);
        GeoChunk points = (GeoChunk) table.column("home").chunk(0);

        assertThat(bit(flags.values(), 1)).isTrue();
        assertThat(bit(flags.values(), 2)).isFalse();
        assertThat(bit(flags.missing(), 4)).isTrue();
        assertThat(points.latitudes()[33]).isEqualTo(33.0);
        assertThat(points.longitudes()[33]).isEqualTo(-147.0);
        assertThat(bit(points.missing(), 20)).isTrue();
    }

    @Test
    void should_name_row_id_and_attribute_when_an_extractor_fails_and_stay_usable() {
        CustomerSchema<TestCustomer> schema = CustomerSchema.<TestCustomer>builder(TestCustomer::id)
                .nullableNumeric(TestCustomers.AGE, c -> {
                    if (c.id() == 1_002) {
                        throw new IllegalStateException("age service down");
                    }
                    return c.age();
                }).build();
        ColumnTable.Builder<TestCustomer> builder = ColumnTable.builder(schema, CHUNK);
        builder.add(customer(0)).add(customer(1));

        assertThatThrownBy(() -> builder.add(customer(2)))
                .isInstanceOf(InvalidCustomerDataException.class)
                .hasMessage("row 2, customer 1002: attribute 'age': age service down");
        ColumnTable<TestCustomer> table = builder.add(customer(3)).build();
        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.customerId(2)).isEqualTo(1_003);
    }

    @Test
    void should_reject_a_null_tag() {
        TestCustomer bad = new TestCustomer(7, 1L, 1.0, "US", true, null, null, Arrays.asList("a", null), null);

        assertThatThrownBy(() -> ColumnTable.of(TestCustomers.SCHEMA, List.of(customer(0), bad)))
                .isInstanceOf(InvalidCustomerDataException.class)
                .hasMessageContaining("row 1, customer 7: attribute 'interests'")
                .hasMessageContaining("contains null");
    }

    @Test
    void should_share_full_chunks_when_appending() {
        ColumnTable<TestCustomer> table = ColumnTable.of(TestCustomers.SCHEMA, customers(0, 100), CHUNK);
        TestCustomer newcomer = new TestCustomer(5_000, 1L, 2.0, "GB", true, null, null, List.of("new-tag"), null);
        List<TestCustomer> more = new ArrayList<>(customers(100, 140));
        more.add(newcomer);

        ColumnTable<TestCustomer> appended = table.withAppended(more);

        assertThat(appended.rowCount()).isEqualTo(141);
        assertThat(table.rowCount()).isEqualTo(100);
        assertThat(appended.column("age").chunk(0)).isSameAs(table.column("age").chunk(0));
        assertThat(appended.column("age").chunk(1)).isNotSameAs(table.column("age").chunk(1));
        for (int row = 0; row < 140; row++) {
            assertThat(appended.customerId(row)).isEqualTo(1_000 + row);
        }
        Dictionary countries = appended.column("country").dictionary();
        assertThat(countries.codeOf("US")).isEqualTo(table.column("country").dictionary().codeOf("US"));
        assertThat(((LongChunk) appended.column("country").chunk(2)).values().get(140 - 128))
                .isEqualTo(countries.codeOf("GB"));
        int newTag = appended.column("interests").dictionary().codeOf("new-tag");
        assertThat(bit(((TagsChunk) appended.column("interests").chunk(2)).rowsWith(newTag), 12)).isTrue();
    }

    @Test
    void should_share_untouched_chunks_when_replacing_a_row() {
        ColumnTable<TestCustomer> table = ColumnTable.of(TestCustomers.SCHEMA, customers(0, 150), CHUNK);
        TestCustomer replacement = new TestCustomer(9, null, 3.0, "ελ", false, null, null, List.of(), null);

        ColumnTable<TestCustomer> replaced = table.withReplaced(70, replacement);

        assertThat(replaced.column("age").chunk(0)).isSameAs(table.column("age").chunk(0));
        assertThat(replaced.column("age").chunk(2)).isSameAs(table.column("age").chunk(2));
        LongChunk ages = (LongChunk) replaced.column("age").chunk(1);
        assertThat(bit(ages.missing(), 70 - 64)).isTrue();
        assertThat(ages.values().get(71 - 64)).isEqualTo(71);
        assertThat(replaced.customerId(70)).isEqualTo(9);
        assertThat(table.customerId(70)).isEqualTo(1_070);
        TagsChunk tags = (TagsChunk) replaced.column("interests").chunk(1);
        int hiking = replaced.column("interests").dictionary().codeOf("hiking");
        assertThat(bit(tags.rowsWith(hiking), 70 - 64)).isFalse();
        assertThat(bit(tags.missing(), 70 - 64)).isFalse();
        assertThat(bit(((BooleanChunk) replaced.column("opted_in").chunk(1)).values(), 70 - 64)).isFalse();
        assertThat(((LongChunk) replaced.column("country").chunk(1)).values().get(70 - 64))
                .isEqualTo(replaced.column("country").dictionary().codeOf("ελ"));
    }

    @Test
    void should_reject_chunk_sizes_that_are_not_powers_of_two_in_range() {
        assertThatThrownBy(() -> ColumnTable.builder(TestCustomers.SCHEMA, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
        assertThatThrownBy(() -> ColumnTable.builder(TestCustomers.SCHEMA, 32))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_build_the_same_table_on_several_threads() {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<TestCustomer> customers = customers(0, 300);
            customers.set(250, new TestCustomer(1_250, 5L, 1.0, "ελ", true, null, null, List.of("late-tag"), null));
            ColumnTable<TestCustomer> sequential = ColumnTable.of(TestCustomers.SCHEMA, customers, CHUNK);

            ColumnTable<TestCustomer> parallel = ColumnTable.of(TestCustomers.SCHEMA, customers, CHUNK, 3, pool);

            assertThat(parallel.rowCount()).isEqualTo(300);
            assertThat(parallel.chunkCount()).isEqualTo(5);
            Column countries = parallel.column("country");
            Column tags = parallel.column("interests");
            for (int row = 0; row < 300; row++) {
                int chunk = row / CHUNK;
                int index = row % CHUNK;
                assertThat(parallel.customerId(row)).isEqualTo(sequential.customerId(row));
                LongChunk codes = (LongChunk) countries.chunk(chunk);
                String country = customers.get(row).country();
                assertThat(bit(codes.missing(), index)).isEqualTo(country == null);
                if (country != null) {
                    assertThat(countries.dictionary().valueOf((int) codes.values().get(index))).isEqualTo(country);
                }
                List<String> interests = customers.get(row).interests();
                for (String tag : List.of("hiking", "golf", "late-tag")) {
                    long[] rows = ((TagsChunk) tags.chunk(chunk)).rowsWith(tags.dictionary().codeOf(tag));
                    assertThat(bit(rows, index)).as("row %d tag %s", row, tag)
                            .isEqualTo(interests != null && interests.contains(tag));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_report_the_first_bad_row_in_list_order_when_building_on_several_threads() {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<TestCustomer> customers = new ArrayList<>(customers(0, 300));
            customers.set(100, new TestCustomer(66, 1L, 1.0, null, null, null, null, Arrays.asList((String) null),
                    null));
            customers.set(290, new TestCustomer(77, 1L, 1.0, null, null, null, null, Arrays.asList((String) null),
                    null));

            assertThatThrownBy(() -> ColumnTable.of(TestCustomers.SCHEMA, customers, CHUNK, 3, pool))
                    .isInstanceOf(InvalidCustomerDataException.class)
                    .hasMessageContaining("row 100, customer 66: attribute 'interests'");
        } finally {
            pool.shutdownNow();
        }
    }
}
