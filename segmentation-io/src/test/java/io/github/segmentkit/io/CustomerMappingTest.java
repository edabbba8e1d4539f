package io.github.segmentkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerMappingTest {
    private static final CustomerMapping MAPPING = CustomerMapping.builder("id")
            .column("age", Attribute.ofLong("age"))
            .column("income", Attribute.ofDouble("income"))
            .column("country", Attribute.ofCategorical("country"))
            .column("opt_in", Attribute.ofBoolean("newsletter"))
            .column("joined", Attribute.ofDate("joined"))
            .column("last_login", Attribute.ofTimestamp("last_login"))
            .column("interests", Attribute.ofTags("interests"))
            .add(ColumnMapping.geoPoint("lat", "lon", Attribute.ofGeoPoint("home")))
            .build();

    private static Map<String, String> row(String... keysAndValues) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    @Test
    void should_read_every_kind_into_a_record_the_schema_reads_back() {
        CustomerRecord record = MAPPING.toRecord(row("id", "17850.0", "age", "37", "income", "52000.5",
                "country", "CA", "opt_in", "yes", "joined", "2020-05-01", "last_login", "2024-03-30T08:00:00Z",
                "interests", "hiking|chess", "lat", "45.5", "lon", "-73.6")::get);

        CustomerSchema<CustomerRecord> schema = MAPPING.schema();
        assertThat(schema.id(record)).isEqualTo(17850L);
        Map<String, Object> read = new HashMap<>();
        schema.bindings().forEach(b -> read.put(b.attribute().name(), b.read(record)));
        assertThat(read).containsOnly(Map.entry("age", 37L), Map.entry("income", 52000.5),
                Map.entry("country", "CA"), Map.entry("newsletter", true),
                Map.entry("joined", LocalDate.of(2020, 5, 1)),
                Map.entry("last_login", Instant.parse("2024-03-30T08:00:00Z")),
                Map.entry("interests", Set.of("hiking", "chess")), Map.entry("home", GeoPoint.of(45.5, -73.6)));
    }

    @Test
    void should_read_absent_and_empty_cells_as_missing() {
        CustomerRecord record = MAPPING.toRecord(row("id", "1", "age", "")::get);

        assertThat(record.id()).isEqualTo(1);
        assertThat(record.values().values()).containsOnlyNulls().hasSize(8);
        MAPPING.schema().bindings().forEach(b -> assertThat(b.read(record)).isNull());
    }

    @Test
    void should_name_the_id_column_when_the_id_is_missing_or_not_whole() {
        assertThatThrownBy(() -> MAPPING.toRecord(row("id", " ")::get)).isInstanceOf(CellFormatException.class)
                .hasMessage("column 'id', value ' ': the customer id is missing");
        assertThatThrownBy(() -> MAPPING.toRecord(row("id", "AB-7")::get))
                .hasMessage("column 'id', value 'AB-7': customer id not a whole number");
        assertThatThrownBy(() -> MAPPING.toRecord(row("id", "1", "age", "x")::get))
                .hasMessage("column 'age', value 'x': not a whole number");
    }

    @Test
    void should_list_source_columns_once_with_the_id_first() {
        assertThat(MAPPING.sourceColumns()).containsExactly("id", "age", "income", "country", "opt_in", "joined",
                "last_login", "interests", "lat", "lon");
    }

    @Test
    void should_build_typed_records_and_refuse_a_value_of_the_wrong_kind() {
        CustomerMapping two = CustomerMapping.builder("id").column("age", Attribute.ofLong("age"))
                .column("income", Attribute.ofDouble("income")).build();

        assertThat(two.newRecord(5, Arrays.asList(40, Double.NaN)))
                .isEqualTo(CustomerRecord.of(5, mapOfNullable("age", 40L, "income", null)));
        assertThatThrownBy(() -> two.newRecord(5, List.of("40", 1.0)))
                .hasMessage("attribute 'age' is a long attribute; got a String: 40");
        assertThatThrownBy(() -> two.newRecord(5, List.of(40L)))
                .hasMessage("expected 2 values [age, income], got 1");
    }

    @Test
    void should_refuse_an_attribute_mapped_twice() {
        assertThatThrownBy(() -> CustomerMapping.builder("id").column("a", Attribute.ofLong("age"))
                .column("b", Attribute.ofDouble("age"))).hasMessage("attribute 'age' is mapped twice");
    }

    @Test
    void should_read_records_of_another_layout_by_name() {
        CustomerRecord byName = CustomerRecord.of(9, Map.of("country", "FR", "age", 50L));
        assertThat(MAPPING.schema().binding("age").read(byName)).isEqualTo(50L);
        assertThatThrownBy(() -> MAPPING.schema().binding("income").read(byName))
                .hasMessageStartingWith("the record has no attribute 'income'; it has ");
    }

    @Test
    void should_compare_mappings_by_value() {
        CustomerMapping again = CustomerMapping.builder("id")
                .addAll(MAPPING.columns())
                .build();
        assertThat(again).isEqualTo(MAPPING).hasSameHashCodeAs(MAPPING);
        assertThat(CustomerMapping.builder("key").addAll(MAPPING.columns()).build()).isNotEqualTo(MAPPING);
    }

    private static Map<String, Object> mapOfNullable(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
