package io.github.segmentkit.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.core.column.GeoChunk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The fast paths of the table build (dictionary short-cuts, seeded dictionaries of a build on several threads,
 * primitive extractors with a presence test, two-double points) store exactly what each customer holds: every row is
 * decoded and compared with the customer object it was read from, over chunk boundaries (64-row chunks), with
 * repeated, identical and equal-but-not-identical strings, Urdu and Telugu, empty strings, missing values, NaN and
 * extreme longs.
 */
class TableBuildPropertyTest {
    private static final LongAttribute SCORE = Attribute.ofLong("score");
    private static final LongAttribute VISITS = Attribute.ofLong("visits");
    private static final CategoricalAttribute CITY = Attribute.ofCategorical("city");
    private static final TagsAttribute LABELS = Attribute.ofTags("labels");
    private static final GeoPointAttribute HOME = Attribute.ofGeoPoint("home");
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    /** Values whose dictionary codes must follow first-seen order whatever object holds them. */
    private static final List<String> WORDS = List.of("Lahore", "", "لاہور", "హైదరాబాద్", "lahore", "Karachi",
            "کراچی", "విజయవాడ", " ");

    record Row(long id, boolean hasScore, long score, Integer visits, String city, List<String> labels, double lat,
            double lon) {
    }

    private static final CustomerSchema<Row> SCHEMA = CustomerSchema.<Row>builder(Row::id)
            .nullableNumeric(SCORE, Row::hasScore, Row::score)
            .nullableNumeric(VISITS, Row::visits)
            .categorical(CITY, Row::city)
            .tags(LABELS, Row::labels)
            .geoPoint(HOME, Row::lat, Row::lon)
            .build();

    @AfterContainer
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Provide
    Arbitrary<List<Row>> populations() {
        // a word is either the pooled object itself or a fresh copy, equal but not identical
        Arbitrary<String> word = Combinators.combine(Arbitraries.of(WORDS), Arbitraries.of(true, false))
                .as((w, copy) -> copy ? new String(w.toCharArray()) : w);
        Arbitrary<String> city = word.injectNull(0.12);
        Arbitrary<List<String>> labels = word.list().ofMaxSize(4).injectNull(0.12);
        Arbitrary<Long> score = Arbitraries.oneOf(Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L),
                Arbitraries.longs());
        Arbitrary<Integer> visits = Arbitraries.oneOf(Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 128),
                Arbitraries.integers()).injectNull(0.15);
        Arbitrary<double[]> home = Combinators.combine(Arbitraries.doubles().between(-90, 90),
                Arbitraries.doubles().between(-180, 180)).as((lat, lon) -> new double[] {lat, lon})
                .injectNull(0.15).map(h -> h == null ? new double[] {Double.NaN, Double.NaN} : h);
        Arbitrary<Row> row = Combinators.combine(Arbitraries.of(true, false), score, visits, city, labels, home)
                .as((hasScore, s, v, c, l, h) -> new Row(0, hasScore, s, v, c, l, h[0], h[1]));
        // long runs of the same row make the last-value short-cut fire; they are spliced in with a repeat count
        Arbitrary<List<Row>> runs = Combinators.combine(row, Arbitraries.integers().between(1, 90))
                .as((r, times) -> java.util.Collections.nCopies(times, r)).list().ofMaxSize(12)
                .map(parts -> {
                    List<Row> all = new ArrayList<>();
                    parts.forEach(all::addAll);
                    return all;
                });
        return Arbitraries.oneOf(row.list().ofMaxSize(400), runs).map(TableBuildPropertyTest::numbered);
    }

    private static List<Row> numbered(List<Row> rows) {
        List<Row> numbered = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            numbered.add(new Row(i, r.hasScore(), r.score(), r.visits(), r.city(), r.labels(), r.lat(), r.lon()));
        }
        return numbered;
    }

    @Property(tries = 150)
    void should_store_every_value_the_customer_holds(@ForAll("populations") List<Row> rows,
            @ForAll @IntRange(min = 1, max = 3) int threads, @ForAll boolean poolNeverRuns) {
        // a pool that never runs the helpers' parts stands for one whose threads are all blocked: the caller must
        // build the table alone rather than wait for them
        Executor executor = poolNeverRuns ? task -> { } : POOL;
        CustomerTable<Row> table = CustomerTable.of(SCHEMA, rows, 64, threads, executor);

        assertThat(table.rowCount()).isEqualTo(rows.size());
        ColumnValues score = ColumnValues.of(table, "score");
        ColumnValues visits = ColumnValues.of(table, "visits");
        ColumnValues city = ColumnValues.of(table, "city");
        ColumnValues labels = ColumnValues.of(table, "labels");
        long[] scores = score.orderKeys();
        long[] visitCounts = visits.orderKeys();
        int[] cities = city.codes();
        List<String> cityNames = city.dictionary();
        List<String> labelNames = labels.dictionary();
        assertThat(new HashSet<>(cityNames)).hasSameSizeAs(cityNames);
        assertThat(new HashSet<>(labelNames)).hasSameSizeAs(labelNames);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            assertThat(table.customerId(i)).isEqualTo(i);
            assertThat(bit(score.missingRows(), i)).isEqualTo(!r.hasScore());
            if (r.hasScore()) {
                assertThat(scores[i]).isEqualTo(r.score());
            }
            assertThat(bit(visits.missingRows(), i)).isEqualTo(r.visits() == null);
            if (r.visits() != null) {
                assertThat(visitCounts[i]).isEqualTo(r.visits().longValue());
            }
            assertThat(cities[i] < 0 ? null : cityNames.get(cities[i])).isEqualTo(r.city());
            assertThat(bit(labels.missingRows(), i)).isEqualTo(r.labels() == null);
            Set<String> held = new HashSet<>();
            for (int code = 0; code < labelNames.size(); code++) {
                if (bit(labels.rowsWithTag(code), i)) {
                    held.add(labelNames.get(code));
                }
            }
            assertThat(held).isEqualTo(r.labels() == null ? Set.of() : new HashSet<>(r.labels()));
            GeoChunk homes = (GeoChunk) table.columns().column("home").chunk(i >>> 6);
            boolean homeMissing = homes.missing() != null && bit(homes.missing(), i & 63);
            assertThat(homeMissing).isEqualTo(Double.isNaN(r.lat()));
            if (!homeMissing) {
                assertThat(homes.latitudes()[i & 63]).isEqualTo(r.lat());
                assertThat(homes.longitudes()[i & 63]).isEqualTo(r.lon());
            }
        }
    }

    @Property(tries = 30)
    void should_report_the_first_bad_row_in_row_order_and_keep_no_trace_of_the_rows_after_it(
            @ForAll @IntRange(min = 0, max = 250) int badHome, @ForAll @IntRange(min = 1, max = 40) int gap) {
        // a block is read column by column: the null tag of the later row fails first (tags come before the home),
        // yet the home of the earlier row is the first failure in row order, as reading row by row finds it
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            boolean later = i > badHome;
            rows.add(new Row(i, true, i, i, later ? "seen-after-" + i : "Lahore",
                    i == badHome + gap ? java.util.Arrays.asList("a", null) : List.of(later ? "late" : "early"),
                    i == badHome ? 95.0 : 10.0, 20.0));
        }
        CustomerTable.Builder<Row> builder = CustomerTable.builder(SCHEMA, 64);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> builder.addAll(rows))
                .isInstanceOfSatisfying(io.github.segmentkit.api.InvalidCustomerDataException.class, e -> {
                    assertThat(e.row()).hasValue(badHome);
                    assertThat(e.attribute()).isEqualTo("home");
                });

        CustomerTable<Row> table = builder.build();
        assertThat(table.rowCount()).isEqualTo(badHome);
        assertThat(ColumnValues.of(table, "city").dictionary()).containsExactlyElementsOf(
                badHome == 0 ? List.of() : List.of("Lahore"));
        assertThat(ColumnValues.of(table, "labels").dictionary()).containsExactlyElementsOf(
                badHome == 0 ? List.of() : List.of("early"));
    }

    private static boolean bit(long[] words, int row) {
        return words != null && (words[row >>> 6] >>> row & 1L) != 0;
    }
}
