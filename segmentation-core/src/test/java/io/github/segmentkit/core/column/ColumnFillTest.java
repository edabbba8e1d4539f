package io.github.segmentkit.core.column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.testing.generators.GenericCustomer;
import io.github.segmentkit.testing.generators.RandomSchema;
import io.github.segmentkit.testing.generators.RandomSchemas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The generated column fill ({@link ColumnFillGenerator}) against the writers' own loops: the same chunks, value for
 * value, the same dictionaries, and the same failures, on random schemas of every attribute kind (missing values,
 * NaN, extreme numbers, Urdu and Telugu strings) cut at random chunk sizes, and on every form of binding a kind has.
 */
class ColumnFillTest {

    @Property(tries = 80)
    void should_build_the_same_table_as_the_writers_own_loops(@ForAll("schemas") RandomSchema schema,
            @ForAll @IntRange(min = 0, max = 600) int size, @ForAll @IntRange(min = 0, max = 3) int chunkPower,
            @ForAll long seed) {
        List<GenericCustomer> customers = RandomSchemas.customers(schema).list().ofSize(size)
                .generator(1000).next(new java.util.Random(seed)).value();
        int chunkRows = 64 << chunkPower;
        CustomerSchema<GenericCustomer> customerSchema = schema.schema();

        ColumnTable<GenericCustomer> generated = build(customerSchema, customers, chunkRows, 0);
        ColumnTable<GenericCustomer> interpreted = build(customerSchema, customers, chunkRows, -1);

        assertSameTables(generated, interpreted);
    }

    @Provide
    Arbitrary<RandomSchema> schemas() {
        return RandomSchemas.schemas();
    }

    @Test
    void should_generate_for_every_kind_and_binding_form() {
        Fixture fixture = new Fixture();
        List<Row> rows = IntStream.range(0, 1_000).mapToObj(Row::of).toList();

        ColumnTable.Builder<Row> builder = ColumnTable.builder(fixture.schema, 256).generatingAfter(0);
        assertThat(builder.fill().isGenerated()).isTrue();
        ColumnTable<Row> generated = builder.addAll(rows).build();

        assertSameTables(generated, build(fixture.schema, rows, 256, -1));
        // and the values are the rows' own, not merely the same as the loops' (which other tests check)
        LongChunk primitive = (LongChunk) generated.column("primitive").chunk(1);
        assertThat(primitive.values().get(7)).isEqualTo(Row.of(263).primitive());
        LongChunk present = (LongChunk) generated.column("present").chunk(0);
        assertThat(present.missing()[0] & 0b111).isEqualTo(0b001);   // rows 1 and 2 have one, row 0 does not
        GeoChunk home = (GeoChunk) generated.column("home").chunk(3);
        assertThat(home.latitudes()[5]).isEqualTo(Row.of(773).lat());
    }

    @Test
    void should_switch_to_generated_code_after_the_first_customers_with_the_same_table() {
        assumeTrue(System.getProperty(ColumnFill.COLUMN_CODE_PROPERTY) == null, "the default choice of column code");
        Fixture fixture = new Fixture();
        int count = ColumnFill.GENERATE_AFTER * 2 + 77;
        List<Row> rows = IntStream.range(0, count).mapToObj(Row::of).toList();

        ColumnTable.Builder<Row> builder = ColumnTable.builder(fixture.schema, 512);
        builder.addAll(rows.subList(0, ColumnFill.GENERATE_AFTER - 256));
        assertThat(builder.fill().isGenerated()).isFalse();
        builder.addAll(rows.subList(ColumnFill.GENERATE_AFTER - 256, count));
        assertThat(builder.fill().isGenerated()).isTrue();

        assertSameTables(builder.build(), build(fixture.schema, rows, 512, -1));
        // one class per schema: a second build finds it
        assertThat(ColumnFill.of(fixture.schema, List.of())).isSameAs(builder.fill());
    }

    @Test
    void should_name_the_row_and_attribute_of_a_failing_extractor_from_generated_code() {
        LongAttribute age = Attribute.ofLong("age");
        CustomerSchema<Row> schema = CustomerSchema.<Row>builder(Row::id)
                .numeric(age, row -> {
                    if (row.id() == 170) {
                        throw new IllegalStateException("age of 170 unreadable");
                    }
                    return row.primitive();
                })
                .build();
        List<Row> rows = IntStream.range(0, 300).mapToObj(Row::of).toList();

        for (int after : new int[] {0, -1}) {
            ColumnTable.Builder<Row> builder = ColumnTable.builder(schema, 64).generatingAfter(after);
            assertThat(builder.fill().isGenerated()).isEqualTo(after == 0);
            assertThatThrownBy(() -> builder.addAll(rows))
                    .isInstanceOf(InvalidCustomerDataException.class)
                    .hasMessageContaining("row 170")
                    .hasMessageContaining("age")
                    .hasMessageContaining("age of 170 unreadable");
            // the rows before it are kept, with the codes and values they had
            assertThat(builder.build().rowCount()).isEqualTo(170);
        }
    }

    @Test
    void should_refuse_a_value_outside_its_domain_as_the_loops_do() {
        CustomerSchema<Row> schema = CustomerSchema.<Row>builder(Row::id)
                .tags(Attribute.ofTags("tags"), row -> row.id() == 99 ? Arrays.asList("a", null) : List.of("a"))
                .build();
        List<Row> rows = IntStream.range(0, 200).mapToObj(Row::of).toList();

        assertThatThrownBy(() -> ColumnTable.builder(schema, 64).generatingAfter(0).addAll(rows))
                .isInstanceOf(InvalidCustomerDataException.class)
                .hasMessageContaining("row 99")
                .hasMessageContaining("tags")
                .hasMessageContaining("contains null");
    }

    private static <T> ColumnTable<T> build(CustomerSchema<T> schema, List<T> customers, int chunkRows,
            int generateAfter) {
        ColumnTable.Builder<T> builder = ColumnTable.builder(schema, chunkRows).generatingAfter(generateAfter);
        assertThat(builder.fill().isGenerated()).isEqualTo(generateAfter == 0);
        return builder.addAll(customers).build();
    }

    private static void assertSameTables(ColumnTable<?> actual, ColumnTable<?> expected) {
        assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
        assertThat(actual.chunkCount()).isEqualTo(expected.chunkCount());
        for (int chunk = 0; chunk < expected.chunkCount(); chunk++) {
            assertThat(describe(actual.idChunk(chunk))).isEqualTo(describe(expected.idChunk(chunk)));
        }
        for (var binding : expected.schema().bindings()) {
            String name = binding.attribute().name();
            Column want = expected.column(name);
            Column got = actual.column(name);
            assertThat(values(got.dictionary())).as(name).isEqualTo(values(want.dictionary()));
            for (int chunk = 0; chunk < want.chunkCount(); chunk++) {
                assertThat(describe(got.chunk(chunk))).as("%s, chunk %d", name, chunk)
                        .isEqualTo(describe(want.chunk(chunk)));
            }
        }
    }

    private static List<String> values(Dictionary dictionary) {
        return IntStream.range(0, dictionary.size()).mapToObj(dictionary::valueOf).toList();
    }

    /** A chunk's contents as lists and numbers, which compare by value. */
    private static List<Object> describe(Chunk chunk) {
        if (chunk instanceof LongChunk c) {
            return List.of("long", describe(c.values()), words(c.missing()));
        }
        if (chunk instanceof TimestampChunk c) {
            return List.of("timestamp", describe(c.seconds()), describe(c.nanos()), words(c.missing()));
        }
        if (chunk instanceof BooleanChunk c) {
            return List.of("boolean", words(c.values()), words(c.missing()), c.size());
        }
        if (chunk instanceof TagsChunk c) {
            return List.of("tags", Arrays.stream(c.tags()).map(ColumnFillTest::words).toList(), words(c.missing()),
                    c.size());
        }
        GeoChunk c = (GeoChunk) chunk;
        return List.of("geo", Arrays.stream(c.latitudes()).boxed().toList(),
                Arrays.stream(c.longitudes()).boxed().toList(), words(c.missing()));
    }

    private static List<Object> describe(PackedLongs values) {
        long[] all = new long[values.size()];
        values.copyTo(all, 0);
        return List.of(values.getClass().getSimpleName(), values.width(), values.min(), values.max(),
                Arrays.stream(all).boxed().toList());
    }

    private static List<Long> words(long[] words) {
        return words == null ? List.of() : Arrays.stream(words).boxed().toList();
    }

    /** A customer with one attribute of every kind, read through each form of binding. */
    record Row(long id, long primitive, Long boxed, String country, boolean flag, double income, double lat,
            double lon) {
        static Row of(int i) {
            return new Row(i, i % 3 == 0 ? Long.MIN_VALUE + i : i * 1_000_003L, i % 5 == 0 ? null : (long) i % 90,
                    i % 7 == 0 ? null : new String[] {"PK", "IN", "اردو", "తెలుగు", ""}[i % 5], i % 2 == 0,
                    i % 11 == 0 ? Double.NaN : i * 0.5 - 200, i % 13 == 0 ? Double.NaN : -90 + i % 181,
                    i % 13 == 0 ? Double.NaN : -180 + i % 361);   // a missing home has NaN in both
        }
    }

    /** A schema of {@link Row} with every kind of attribute and each form of whole-number and geo binding. */
    static final class Fixture {
        final CustomerSchema<Row> schema;

        Fixture() {
            GeoPointAttribute home = Attribute.ofGeoPoint("home");
            List<String> tagsOf = List.of("a", "b", "اردو", "తెలుగు");
            schema = CustomerSchema.<Row>builder(Row::id)
                    .numeric(Attribute.ofLong("primitive"), Row::primitive)
                    .nullableNumeric(Attribute.ofLong("boxed"), Row::boxed)
                    .nullableNumeric(Attribute.ofLong("present"), row -> row.id() % 3 != 0, Row::primitive)
                    .numeric(Attribute.ofDouble("income"), Row::income)
                    .nullableNumeric(Attribute.ofDouble("boxed_income"),
                            row -> row.boxed() == null ? null : row.boxed() * 1.5)
                    .categorical(Attribute.ofCategorical("country"), Row::country)
                    .bool(Attribute.ofBoolean("flag"), row -> row.id() % 17 == 0 ? null : row.flag())
                    .date(Attribute.ofDate("day"), row -> row.id() % 19 == 0 ? null
                            : java.time.LocalDate.ofEpochDay(row.id() * 37 - 20_000))
                    .timestamp(Attribute.ofTimestamp("seen"), row -> row.id() % 23 == 0 ? null
                            : java.time.Instant.ofEpochSecond(row.id() * 86_399, row.id() % 1_000_000_000))
                    .tags(Attribute.ofTags("tags"), row -> row.id() % 29 == 0 ? null
                            : new ArrayList<>(tagsOf.subList(0, (int) (row.id() % 5))))
                    .geoPoint(home, Row::lat, Row::lon)
                    .geoPoint(Attribute.ofGeoPoint("work"), row -> row.id() % 31 == 0 ? null
                            : GeoPoint.of(45 - row.id() % 90, row.id() % 180))
                    .build();
        }
    }
}
