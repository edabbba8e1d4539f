package io.github.segmentkit.spark;

import static io.github.segmentkit.api.criteria.Criteria.inSegment;
import static io.github.segmentkit.api.criteria.Criteria.isMissing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.BooleanAttribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.attribute.TimestampAttribute;
import io.github.segmentkit.api.result.SegmentCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SparkSegmenter} on a DataFrame laid out as a user's would be (renamed columns, INT ages, a geo point in
 * two columns, NULL and NaN, a NULL tag), every expected member worked out by hand from the rows below.
 */
class SparkSegmenterIT {
    static final LongAttribute AGE = Attribute.ofLong("age");
    static final DoubleAttribute INCOME = Attribute.ofDouble("income");
    static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    static final BooleanAttribute OPTED_IN = Attribute.ofBoolean("opted_in");
    static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");
    static final TimestampAttribute LAST_LOGIN = Attribute.ofTimestamp("last_login");
    static final TagsAttribute INTERESTS = Attribute.ofTags("interests");
    static final GeoPointAttribute HOME = Attribute.ofGeoPoint("home");
    static final List<Attribute> ATTRIBUTES = List.of(AGE, INCOME, COUNTRY, OPTED_IN, LAST_ORDER, LAST_LOGIN,
            INTERESTS, HOME);
    static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
    static final DataFrameColumns COLUMNS = DataFrameColumns.byName().id("cust_id").column("age", "age_years")
            .geoPoint("home", "home_lat", "home_lon");

    /**
     * 1: 29, 50,000, US, opted in, ordered 2024-02-01, logged in 2024-03-30 12:00, hiking, New York.
     * 2: 41, NaN income, CA, not opted in, ordered 2022-12-24, never logged in, golf and a NULL tag, Toronto.
     * 3: everything NULL.
     * 4: 17, 80,000, "us" (lower case), opted in, ordered on the as-of date, logged in one microsecond after it,
     *    no tags, NaN latitude.
     */
    static Dataset<Row> customers() {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("cust_id", DataTypes.IntegerType, false),
                DataTypes.createStructField("age_years", DataTypes.IntegerType, true),
                DataTypes.createStructField("income", DataTypes.DoubleType, true),
                DataTypes.createStructField("country", DataTypes.StringType, true),
                DataTypes.createStructField("opted_in", DataTypes.BooleanType, true),
                DataTypes.createStructField("last_order", DataTypes.DateType, true),
                DataTypes.createStructField("last_login", DataTypes.TimestampType, true),
                DataTypes.createStructField("interests", DataTypes.createArrayType(DataTypes.StringType, true), true),
                DataTypes.createStructField("home_lat", DataTypes.DoubleType, true),
                DataTypes.createStructField("home_lon", DataTypes.DoubleType, true)));
        List<Row> rows = List.of(
                RowFactory.create(1, 29, 50_000.0, "US", true, LocalDate.of(2024, 2, 1),
                        Instant.parse("2024-03-30T12:00:00Z"), List.of("hiking"), 40.71, -74.01),
                RowFactory.create(2, 41, Double.NaN, "CA", false, LocalDate.of(2022, 12, 24), null,
                        Arrays.asList("golf", null), 43.70, -79.42),
                RowFactory.create(3, null, null, null, null, null, null, null, null, null),
                RowFactory.create(4, 17, 80_000.0, "us", true, AS_OF, Instant.parse("2024-03-31T00:00:00.000001Z"),
                        List.of(), Double.NaN, 10.0));
        return LocalSpark.session().createDataFrame(rows, schema);
    }

    static final List<Segment> SEGMENTS = List.of(
            Segment.named("adults").where(AGE.ge(18L)),
            Segment.named("minors").where(io.github.segmentkit.api.criteria.Criteria.not(AGE.ge(18L))),
            Segment.named("rich").where(INCOME.gt(40_000.0)),
            Segment.named("no-income").where(isMissing(INCOME)),
            Segment.named("north-america").where(COUNTRY.in("US", "CA")),
            Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365)),
            Segment.named("recent-login").where(LAST_LOGIN.withinDays(1)),
            Segment.named("golfers").where(INTERESTS.containsAny("golf")),
            Segment.named("no-golf").where(INTERESTS.containsNone("golf")),
            Segment.named("near-nyc").where(HOME.withinKm(GeoPoint.of(40.7128, -74.0060), 25)),
            Segment.named("opted-in").where(OPTED_IN.isTrue()),
            Segment.named("adults-near-nyc").where(inSegment("adults").and(inSegment("near-nyc"))));

    /** The members by hand; "lapsed": 2024-03-31 minus 365 days is 2023-04-01 (2024 is a leap year). */
    static final Map<String, List<Long>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("adults", List.of(1L, 2L)),
            Map.entry("minors", List.of(4L)),
            Map.entry("rich", List.of(1L, 4L)),
            Map.entry("no-income", List.of(2L, 3L)),
            Map.entry("north-america", List.of(1L, 2L)),
            Map.entry("lapsed", List.of(2L)),
            Map.entry("recent-login", List.of(1L)),
            Map.entry("golfers", List.of(2L)),
            Map.entry("no-golf", List.of(1L, 4L)),
            Map.entry("near-nyc", List.of(1L)),
            Map.entry("opted-in", List.of(1L, 4L)),
            Map.entry("adults-near-nyc", List.of(1L))));

    private static SparkSegmenter segmenter(List<Segment> segments) {
        return SparkSegmenter.builder(ATTRIBUTES).addAll(segments).asOf(AS_OF).columns(COLUMNS).build();
    }

    @Test
    void should_write_one_membership_row_per_member_with_the_as_of_date() {
        Dataset<Row> memberships = segmenter(SEGMENTS).memberships(customers());

        assertThat(memberships.schema().fieldNames()).containsExactly("customer_id", "segment", "as_of");
        assertThat(memberships.schema().fields()[0].dataType()).isEqualTo(DataTypes.LongType);
        assertThat(memberships.schema().fields()[2].dataType()).isEqualTo(DataTypes.DateType);
        Map<String, List<Long>> actual = new TreeMap<>();
        for (Row row : memberships.collectAsList()) {
            assertThat(row.getAs("as_of").toString()).isEqualTo("2024-03-31");
            actual.computeIfAbsent(row.getString(1), s -> new ArrayList<>()).add(row.getLong(0));
        }
        actual.values().forEach(ids -> ids.sort(null));
        assertThat(actual).isEqualTo(EXPECTED);
    }

    @Test
    void should_count_every_segment_and_the_unsegmented_in_one_aggregation() {
        SegmentCounts counts = segmenter(SEGMENTS.subList(0, 3)).counts(customers());

        assertThat(counts.customerCount()).isEqualTo(4);
        assertThat(counts.counts()).containsExactly(Map.entry("adults", 2L), Map.entry("minors", 1L),
                Map.entry("rich", 2L));
        assertThat(counts.unsegmentedCount()).as("customer 3: every value missing").isEqualTo(1);
    }

    @Test
    void should_give_one_boolean_column_per_segment_never_null() {
        Dataset<Row> flags = segmenter(SEGMENTS).flags(customers());

        assertThat(flags.columns()).hasSize(1 + SEGMENTS.size());
        Row third = flags.where("customer_id = 3").first();
        for (int s = 1; s <= SEGMENTS.size(); s++) {
            assertThat(third.isNullAt(s)).isFalse();
            assertThat(third.getBoolean(s)).isEqualTo(SEGMENTS.get(s - 1).name().equals("no-income"));
        }
    }

    @Test
    void should_compare_timestamps_with_nanosecond_constants_and_as_of_exactly() {
        // customer 4 logged in at 00:00:00.000001, i.e. 1,000 ns after midnight; the as-of instant is 500 ns after
        AsOf asOf = new AsOf(AS_OF, Instant.parse("2024-03-31T00:00:00.000000500Z"));
        Instant micro = Instant.parse("2024-03-31T00:00:00.000001Z");
        List<Segment> segments = List.of(
                Segment.named("within-0").where(LAST_LOGIN.withinDays(0)),
                Segment.named("after-0").where(LAST_LOGIN.afterDaysAgo(0)),
                Segment.named("le-micro").where(LAST_LOGIN.le(micro)),
                Segment.named("lt-micro").where(LAST_LOGIN.lt(micro)),
                Segment.named("ge-999ns").where(LAST_LOGIN.ge(Instant.parse("2024-03-31T00:00:00.000000999Z"))),
                Segment.named("gt-1001ns").where(LAST_LOGIN.gt(Instant.parse("2024-03-31T00:00:00.000001001Z"))),
                Segment.named("eq-999ns").where(LAST_LOGIN.eq(Instant.parse("2024-03-31T00:00:00.000000999Z"))),
                Segment.named("ne-999ns").where(LAST_LOGIN.ne(Instant.parse("2024-03-31T00:00:00.000000999Z"))));
        SegmentCounts counts = SparkSegmenter.builder(ATTRIBUTES).addAll(segments).asOf(asOf).columns(COLUMNS)
                .build().counts(customers().where("cust_id = 4"));

        assertThat(counts.counts()).containsExactly(Map.entry("within-0", 0L), Map.entry("after-0", 1L),
                Map.entry("le-micro", 1L), Map.entry("lt-micro", 0L), Map.entry("ge-999ns", 1L),
                Map.entry("gt-1001ns", 0L), Map.entry("eq-999ns", 0L), Map.entry("ne-999ns", 1L));
    }

    @Test
    void should_name_a_missing_column_and_suggest_the_closest() {
        SparkSegmenter typo = SparkSegmenter.builder(ATTRIBUTES).add(Segment.named("adults").where(AGE.ge(18L)))
                .columns(COLUMNS.column("age", "age_yeras")).build();

        assertThatThrownBy(() -> typo.flags(customers())).isInstanceOf(SparkColumnException.class)
                .hasMessageContaining("column 'age_yeras' (age) is not a column of the DataFrame")
                .hasMessageContaining("did you mean 'age_years'?")
                .satisfies(e -> assertThat(((SparkColumnException) e).attribute()).isEqualTo("age"));
    }

    @Test
    void should_name_a_column_of_the_wrong_type_and_the_types_it_accepts() {
        SparkSegmenter wrong = SparkSegmenter.builder(ATTRIBUTES).add(Segment.named("us").where(COUNTRY.eq("US")))
                .columns(COLUMNS.column("country", "age_years")).build();

        assertThatThrownBy(() -> wrong.memberships(customers())).isInstanceOf(SparkColumnException.class)
                .hasMessage("column 'age_years' (country) is INT, expected a STRING column");
    }

    @Test
    void should_reject_an_id_column_that_is_not_a_whole_number() {
        SparkSegmenter wrong = SparkSegmenter.builder(ATTRIBUTES).add(Segment.named("all").where(
                io.github.segmentkit.api.criteria.Criteria.all())).columns(COLUMNS.id("country")).build();

        assertThatThrownBy(() -> wrong.counts(customers())).isInstanceOf(SparkColumnException.class)
                .hasMessageStartingWith("column 'country' (customer id) is STRING, expected a whole-number column");
    }

    @Test
    void should_refuse_flags_for_a_segment_named_like_the_id_column_but_write_its_memberships() {
        SparkSegmenter segmenter = segmenter(List.of(Segment.named("Customer_ID").where(AGE.ge(18L))));

        assertThatThrownBy(() -> segmenter.flags(customers())).isInstanceOf(SparkColumnException.class)
                .hasMessageContaining("segment 'Customer_ID' would be a second column named like the id column");
        assertThat(segmenter.memberships(customers()).count()).isEqualTo(2);
        assertThat(segmenter.counts(customers()).count("Customer_ID")).isEqualTo(2);
    }

    @Test
    void should_validate_definitions_like_the_in_memory_builder() {
        assertThatThrownBy(() -> SparkSegmenter.builder(ATTRIBUTES)
                .add(Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(30))).build())
                .isInstanceOf(DefinitionException.class).hasMessageContaining("as-of");
        assertThatThrownBy(() -> SparkSegmenter.builder(List.of(AGE))
                .add(Segment.named("rich").where(INCOME.gt(1.0))).build())
                .isInstanceOf(DefinitionException.class).hasMessageContaining("income");
    }

    @Test
    void should_run_a_definitions_file_exactly_as_the_same_segments_written_in_java(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("crm.seg");
        Files.writeString(file, """
                segment "adults" where age >= 18
                segment "near-nyc" where home within 25.0 km of (40.7128, -74.006)
                segment "adults-near-nyc" where in segment "adults" and in segment "near-nyc"
                """);
        SparkSegmenter fromFile = SparkSegmenter.builder(ATTRIBUTES).addDefinitions(file).asOf(AS_OF)
                .columns(COLUMNS).build();

        assertThat(fromFile.counts(customers()).counts()).containsExactly(Map.entry("adults", 2L),
                Map.entry("near-nyc", 1L), Map.entry("adults-near-nyc", 1L));
    }

    @Test
    void should_read_parquet_and_write_memberships_to_parquet(@TempDir Path dir) {
        customers().write().parquet(dir.resolve("customers").toString());
        Dataset<Row> read = LocalSpark.session().read().parquet(dir.resolve("customers").toString());

        segmenter(SEGMENTS).memberships(read).write().parquet(dir.resolve("memberships").toString());

        TreeSet<String> written = new TreeSet<>();
        for (Row row : LocalSpark.session().read().parquet(dir.resolve("memberships").toString()).collectAsList()) {
            written.add(row.getString(1) + ":" + row.getLong(0));
        }
        TreeSet<String> expected = new TreeSet<>();
        EXPECTED.forEach((segment, ids) -> ids.forEach(id -> expected.add(segment + ":" + id)));
        assertThat(written).isEqualTo(expected);
    }
}
