package io.github.segmentkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.result.SegmentCounts;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of segmentation-jdbc and the Java block of docs/sql.md, compiled and run on an in-memory H2
 * database of four customers whose memberships follow by hand.
 */
class JdbcSnippetsTest {
    private static final LongAttribute AGE = Attribute.ofLong("age");
    private static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    private static final TagsAttribute INTERESTS = Attribute.ofTags("interests");
    private static final GeoPointAttribute HOME = Attribute.ofGeoPoint("home");
    private static final DoubleAttribute INCOME = Attribute.ofDouble("income");
    private static final GeoPoint LONDON = GeoPoint.of(51.5074, -0.1278);

    private static TestDatabase database;
    private static DataSource dataSource;

    /** adults: 1 (30, US) and 3 (18, GB); vip (adults in the US who hike): 1; near London (15 km): 1 and 2. */
    private static final List<Segment> SEGMENTS = List.of(
            Segment.named("adults").where(AGE.ge(18L)),
            Segment.named("vip").where(Criteria.inSegment("adults").and(COUNTRY.eq("US"))
                    .and(INTERESTS.containsAny("hiking"))),
            Segment.named("near London").where(HOME.withinKm(LONDON, 15)));

    @BeforeAll
    static void start() throws SQLException {
        database = TestDatabase.h2();
        dataSource = database.dataSource();
        database.execute("CREATE TABLE \"customers\" (\"customer_id\" BIGINT, \"age_years\" BIGINT, "
                + "\"country_code\" VARCHAR, \"interests\" VARCHAR ARRAY, \"home_lat\" DOUBLE PRECISION, "
                + "\"home_lon\" DOUBLE PRECISION)");
        database.execute("CREATE TABLE \"customer_interests\" (\"customer_id\" BIGINT, \"interest\" VARCHAR)");
        database.execute("INSERT INTO \"customers\" VALUES (1, 30, 'US', ARRAY['hiking'], 51.5, -0.12), "
                + "(2, 12, 'US', ARRAY['hiking'], 51.51, -0.13), (3, 18, 'GB', ARRAY[], 48.8566, 2.3522), "
                + "(4, NULL, NULL, NULL, NULL, NULL)");
        database.execute("INSERT INTO \"customer_interests\" VALUES (1, 'hiking'), (2, 'hiking')");
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void should_run_the_docs_example() {
        List<Segment> segments = SEGMENTS;
        // javadoc: docs/sql.md
        SqlTable table = SqlTable.builder("customers", "customer_id")
                .column("age", "age_years")
                .column("country", "country_code")
                .column("interests", "interests")          // a text array column
                .geoPoint("home", "home_lat", "home_lon")
                .build();
        JdbcSegmentation segmentation = JdbcSegmentation.on(dataSource, table, SqlDialect.H2);

        SegmentCounts counts = segmentation.counts(segments, AsOf.date(LocalDate.of(2024, 3, 31)));
        SqlSegmentationResult result = segmentation.memberships(segments, AsOf.date(LocalDate.of(2024, 3, 31)));
        long[] adults = result.memberIds("adults");

        assertThat(adults).containsExactly(1, 3);
        assertThat(result.memberIds("vip")).containsExactly(1);
        assertThat(result.memberIds("near London")).containsExactly(1, 2);
        assertThat(result.unsegmentedIds()).containsExactly(4);
        assertThat(counts.customerCount()).isEqualTo(4);
        assertThat(counts.counts()).containsExactly(java.util.Map.entry("adults", 2L), java.util.Map.entry("vip", 1L),
                java.util.Map.entry("near London", 2L));
    }

    @Test
    void should_run_the_table_and_segmentation_examples() {
        List<Segment> segments = SEGMENTS;
        // javadoc: segmentation-jdbc/src/main/java/io/github/segmentkit/jdbc/SqlTable.java
        SqlTable table = SqlTable.builder("customers", "customer_id")
                .column("age", "age_years")
                .column("country", "country_code")
                .tagsInLinkTable("interests", "customer_interests", "customer_id", "interest")
                .geoPoint("home", "home_lat", "home_lon")
                .build();

        // javadoc: segmentation-jdbc/src/main/java/io/github/segmentkit/jdbc/JdbcSegmentation.java
        JdbcSegmentation segmentation = JdbcSegmentation.on(dataSource, table, SqlDialect.POSTGRESQL);
        SegmentCounts counts = segmentation.counts(segments, AsOf.date(LocalDate.of(2024, 3, 31)));
        SqlSegmentationResult members = segmentation.memberships(segments, AsOf.date(LocalDate.of(2024, 3, 31)));

        // the PostgreSQL dialect's SQL is H2's too for these criteria (no array column, no NaN)
        assertThat(counts.count("vip")).isEqualTo(1);
        assertThat(members.memberIds("vip")).containsExactly(1);
        assertThat(members.memberIds("adults")).containsExactly(1, 3);
    }

    @Test
    void should_run_the_counts_example() {
        List<Segment> segments = SEGMENTS;
        AsOf asOf = AsOf.date(LocalDate.of(2024, 3, 31));
        JdbcSegmentation segmentation = JdbcSegmentation.on(dataSource, arrayTable(), SqlDialect.H2);

        // the counts of JdbcSegmentation
        SegmentCounts counts = segmentation.counts(segments, asOf);
        long adults = counts.count("adults");
        long all = counts.customerCount();

        assertThat(adults).isEqualTo(2);
        assertThat(all).isEqualTo(4);
    }

    @Test
    void should_run_the_result_example() {
        List<Segment> segments = SEGMENTS;
        AsOf asOf = AsOf.date(LocalDate.of(2024, 3, 31));
        JdbcSegmentation segmentation = JdbcSegmentation.on(dataSource, arrayTable(), SqlDialect.H2);

        // javadoc: segmentation-jdbc/src/main/java/io/github/segmentkit/jdbc/SqlSegmentationResult.java
        SqlSegmentationResult result = segmentation.memberships(segments, asOf);
        long[] adults = result.memberIds("adults");
        LocalDate evaluatedAt = result.asOf().date();

        assertThat(adults).containsExactly(1, 3);
        assertThat(evaluatedAt).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(result.segmentsOfId(1)).containsExactly("adults", "vip", "near London");
        assertThat(result.isMemberByRow("near London", 1)).isTrue();
    }

    private static SqlTable arrayTable() {
        return SqlTable.builder("customers", "customer_id").column("age", "age_years")
                .column("country", "country_code").column("interests", "interests")
                .geoPoint("home", "home_lat", "home_lon").build();
    }

    @Test
    void should_run_the_renderer_and_statements_examples() {
        List<Segment> segments = SEGMENTS;
        AsOf asOf = AsOf.date(LocalDate.of(2024, 3, 31));
        SqlTable table = arrayTable();

        // javadoc: segmentation-jdbc/src/main/java/io/github/segmentkit/jdbc/SqlCriterionRenderer.java
        SqlCriterionRenderer renderer = SqlCriterionRenderer.of(table, SqlDialect.H2, segments, asOf);
        SqlFragment adults = renderer.render(AGE.ge(18L));   // c."age_years" >= ?   [18]
        SqlFragment vip = renderer.membership("vip");        // COALESCE((...), FALSE)

        assertThat(adults).isEqualTo(new SqlFragment("c.\"age_years\" >= ?", List.of(18L)));
        assertThat(vip.sql()).startsWith("COALESCE((").endsWith("), FALSE)");

        // javadoc: segmentation-jdbc/src/main/java/io/github/segmentkit/jdbc/SegmentStatements.java
        SegmentStatements statements = SegmentStatements.of(table, SqlDialect.POSTGRESQL, segments, asOf);
        SqlFragment select = statements.memberships();
        // SELECT c."customer_id", COALESCE((...), FALSE), ... FROM "customers" c ORDER BY c."customer_id"
        SqlFragment counts = statements.counts();
        // SELECT COUNT(*), COUNT(*) FILTER (WHERE s1), ..., COUNT(*) FILTER (WHERE NOT ((s1) OR ...))
        //   FROM (SELECT COALESCE((...), FALSE) AS s1, ... FROM "customers" c) m

        assertThat(select.sql()).startsWith("SELECT c.\"customer_id\", COALESCE((")
                .endsWith(" FROM \"customers\" c ORDER BY c.\"customer_id\"");
        assertThat(counts.sql()).startsWith("SELECT COUNT(*), COUNT(*) FILTER (WHERE s1), ")
                .contains("COUNT(*) FILTER (WHERE NOT ((s1) OR (s2) OR (s3))) FROM (SELECT COALESCE((")
                .endsWith(" AS s3 FROM \"customers\" c) m");
        assertThat(statements.segmentNames()).containsExactly("adults", "vip", "near London");
    }

    @Test
    void should_run_the_small_examples() {
        // javadoc: segmentation-jdbc/src/main/java/io/github/segmentkit/jdbc/SqlDialect.java
        SqlDialect dialect = SqlDialect.POSTGRESQL;
        String nan = dialect.nanLiteral();   // CAST('NaN' AS DOUBLE PRECISION)

        // javadoc: segmentation-jdbc/src/main/java/io/github/segmentkit/jdbc/SqlFragment.java
        SqlFragment adults = new SqlFragment("c.\"age\" >= ?", List.of(18L));

        assertThat(nan).isEqualTo("CAST('NaN' AS DOUBLE PRECISION)");
        assertThat(adults.parameters()).containsExactly(18L);
    }

    @Test
    void should_run_the_exception_examples() {
        SqlTable table = SqlTable.builder("customers", "customer_id").column("age", "age_years").build();
        SqlCriterionRenderer renderer = SqlCriterionRenderer.of(table, SqlDialect.H2,
                List.of(Segment.named("vip").where(INCOME.ge(1e5))), AsOf.date(LocalDate.of(2024, 3, 31)));
        // javadoc: segmentation-jdbc/src/main/java/io/github/segmentkit/jdbc/SqlMappingException.java
        try {
            renderer.condition("vip");
        } catch (SqlMappingException e) {
            // "segment 'vip': attribute 'income' has no column in table customers"
        }
        assertThatThrownBy(() -> renderer.condition("vip")).isInstanceOf(SqlMappingException.class)
                .hasMessageStartingWith("segment 'vip': attribute 'income' has no column in table customers");

        JdbcSegmentation segmentation = JdbcSegmentation.on(dataSource, SqlTable.builder("customers", "id")
                .schema("no such schema").column("age", "age").build(), SqlDialect.H2);
        List<Segment> segments = List.of(Segment.named("adults").where(AGE.ge(18L)));
        AsOf asOf = AsOf.date(LocalDate.of(2024, 3, 31));
        // javadoc: segmentation-jdbc/src/main/java/io/github/segmentkit/jdbc/SqlExecutionException.java
        try {
            segmentation.counts(segments, asOf);
        } catch (SqlExecutionException e) {
            SQLException cause = e.getCause();   // e.g. relation "customers" does not exist
        }
        assertThatThrownBy(() -> segmentation.counts(segments, asOf)).isInstanceOf(SqlExecutionException.class)
                .hasMessageStartingWith("counting the members of 1 segments in customers: ")
                .hasCauseInstanceOf(SQLException.class);
    }
}
