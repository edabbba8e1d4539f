package io.github.segmentkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.attribute.TimestampAttribute;
import io.github.segmentkit.api.criteria.Criteria;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlCriterionRendererTest {
    private static final LongAttribute AGE = Attribute.ofLong("age");
    private static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    private static final TagsAttribute INTERESTS = Attribute.ofTags("interests");
    private static final TimestampAttribute LAST_LOGIN = Attribute.ofTimestamp("last_login");
    private static final AsOf AS_OF = AsOf.date(LocalDate.of(2024, 3, 31));
    private static final SqlTable TABLE = SqlTable.builder("customers", "id")
            .column("age", "age \"years\"")
            .column("country", "country")
            .column("interests", "interests")
            .column("last_login", "last_login")
            .build();

    private static SqlCriterionRenderer renderer(SqlDialect dialect, Segment... segments) {
        return SqlCriterionRenderer.of(TABLE, dialect, List.of(segments), AS_OF);
    }

    @Test
    void should_send_a_criterion_value_only_as_a_parameter() {
        SqlFragment condition = renderer(SqlDialect.POSTGRESQL).render(COUNTRY.in("'; DROP TABLE x; --", "O'Brien"));

        assertThat(condition.sql()).isEqualTo("c.\"country\" IN (?, ?)");
        assertThat(condition.parameters()).containsExactly("'; DROP TABLE x; --", "O'Brien");
    }

    @Test
    void should_quote_a_column_name_doubling_its_quotes() {
        SqlFragment condition = renderer(SqlDialect.H2).render(AGE.ge(18L));

        assertThat(condition.sql()).isEqualTo("c.\"age \"\"years\"\"\" >= ?");
        assertThat(condition.parameters()).containsExactly(18L);
    }

    @Test
    void should_leave_out_a_value_postgresql_cannot_store_and_stay_unknown_when_missing() {
        SqlFragment onlyNul = renderer(SqlDialect.POSTGRESQL).render(COUNTRY.in("a\0b"));
        SqlFragment inH2 = renderer(SqlDialect.H2).render(COUNTRY.in("a\0b"));

        assertThat(onlyNul.sql()).isEqualTo("CASE WHEN c.\"country\" IS NOT NULL THEN FALSE END");
        assertThat(onlyNul.parameters()).isEmpty();
        assertThat(inH2.parameters()).containsExactly("a\0b");
    }

    @Test
    void should_write_each_dialects_array_test_for_tags() {
        assertThat(renderer(SqlDialect.POSTGRESQL).render(INTERESTS.containsAny("golf")).sql())
                .isEqualTo("CASE WHEN c.\"interests\" IS NOT NULL THEN ((? = ANY(c.\"interests\"))) END");
        assertThat(renderer(SqlDialect.H2).render(INTERESTS.containsAny("golf")).sql())
                .contains("ARRAY_CONTAINS(c.\"interests\", ?)");
        assertThat(renderer(SqlDialect.DUCKDB).render(INTERESTS.containsAny("golf")).sql())
                .contains("list_contains(c.\"interests\", ?)");
    }

    @Test
    void should_bind_the_relative_date_threshold_computed_from_the_as_of_instant() {
        SqlFragment condition = renderer(SqlDialect.POSTGRESQL).render(LAST_LOGIN.withinDays(7));

        assertThat(condition.sql()).isEqualTo("(c.\"last_login\" >= ?) AND (c.\"last_login\" <= ?)");
        assertThat(condition.parameters()).containsExactly(Instant.parse("2024-03-24T00:00:00Z"),
                Instant.parse("2024-03-31T00:00:00Z"));
    }

    @Test
    void should_move_a_sub_microsecond_bound_to_a_value_postgresql_keeps() {
        // PostgreSQL rounds a bound instant to microseconds; t = 00:00:00.000000001 means v >= t iff v > 00:00
        SqlFragment condition = renderer(SqlDialect.POSTGRESQL)
                .render(LAST_LOGIN.ge(Instant.parse("2024-03-31T00:00:00.000000001Z")));

        assertThat(condition.sql()).isEqualTo("c.\"last_login\" > ?");
        assertThat(condition.parameters()).containsExactly(Instant.parse("2024-03-31T00:00:00Z"));
    }

    @Test
    void should_inline_a_referenced_segment_as_a_membership_that_is_never_null() {
        Segment adults = Segment.named("adults").where(AGE.ge(18L));
        Segment adultsInUs = Segment.named("adults in US").where(Criteria.inSegment("adults").and(COUNTRY.eq("US")));

        SqlFragment condition = renderer(SqlDialect.DUCKDB, adults, adultsInUs).condition("adults in US");

        assertThat(condition.sql()).isEqualTo("(COALESCE((c.\"age \"\"years\"\"\" >= ?), FALSE)) AND (c.\"country\" IN (?))");
        assertThat(condition.parameters()).containsExactly(18L, "US");
    }

    @Test
    void should_name_segment_attribute_and_table_when_an_attribute_has_no_column() {
        Segment rich = Segment.named("rich").where(Attribute.ofDouble("income").ge(1e6));

        assertThatThrownBy(() -> renderer(SqlDialect.H2, rich).condition("rich"))
                .isInstanceOf(SqlMappingException.class)
                .hasMessage("segment 'rich': attribute 'income' has no column in table customers; it holds "
                        + "[age, country, interests, last_login]");
    }

    @Test
    void should_refuse_segments_that_refer_to_each_other() {
        Segment a = Segment.named("a").where(Criteria.inSegment("b"));
        Segment b = Segment.named("b").where(Criteria.inSegment("a"));

        assertThatThrownBy(() -> renderer(SqlDialect.H2, a, b).condition("a"))
                .isInstanceOf(SqlMappingException.class)
                .hasMessageContaining("segment 'a' refers to itself");
    }

    @Test
    void should_refuse_a_name_no_database_accepts() {
        assertThatThrownBy(() -> SqlTable.builder("customers", "id").column("age", "a\0b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column of attribute 'age' contains NUL (U+0000), which no database accepts in a name: "
                        + "'a\\u0000b'");
    }

    @Test
    void should_count_only_placeholders_outside_quotes() {
        assertThat(new SqlFragment("c.\"what?\" = ? AND x = 'a?'", List.of(1L)).parameters()).hasSize(1);
        assertThatThrownBy(() -> new SqlFragment("x = ?", List.of()))
                .hasMessage("1 placeholders but 0 parameters in x = ?");
    }

    @Test
    void should_name_the_form_an_attribute_needs_when_the_table_holds_it_otherwise() {
        SqlTable table = SqlTable.builder("customers", "id").column("home", "home")
                .geoPoint("age", "lat", "lon").build();
        SqlCriterionRenderer renderer = SqlCriterionRenderer.of(table, SqlDialect.H2, List.of(), AS_OF);

        assertThatThrownBy(() -> renderer.render(Criteria.isPresent(Attribute.ofGeoPoint("home"))))
                .isInstanceOf(SqlMappingException.class)
                .hasMessage("customers holds geo point attribute 'home' as Single[column=home]; it needs two columns "
                        + "(geoPoint)");
        assertThatThrownBy(() -> renderer.render(Criteria.isMissing(AGE)))
                .isInstanceOf(SqlMappingException.class).hasMessageContaining("it needs one column");
    }
}
