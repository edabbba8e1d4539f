package io.github.segmentkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.io.ColumnMapping;
import io.github.segmentkit.io.CustomerMapping;
import org.junit.jupiter.api.Test;

/** A table laid out as a loader's mapping reads it: {@link SqlTable#builder(String, CustomerMapping)}. */
class SqlTableFromMappingTest {
    private static final CustomerMapping MAPPING = CustomerMapping.builder("customer_id")
            .column("age_years", Attribute.ofLong("age"))
            .column("country_code", Attribute.ofCategorical("country"))
            .column("interest_list", Attribute.ofTags("interests"))
            .add(ColumnMapping.geoPoint("home_lat", "home_lon", Attribute.ofGeoPoint("home")))
            .build();

    @Test
    void should_take_the_id_and_every_column_from_the_mapping() {
        SqlTable table = SqlTable.builder("customers", MAPPING).build();

        assertThat(table.idColumn()).isEqualTo("customer_id");
        assertThat(table.attributeNames()).containsExactly("age", "country", "interests", "home");
        assertThat(table.columnsOf("age")).contains(new AttributeColumns.Single("age_years"));
        assertThat(table.columnsOf("interests")).contains(new AttributeColumns.Single("interest_list"));
        assertThat(table.columnsOf("home"))
                .contains(new AttributeColumns.LatitudeLongitude("home_lat", "home_lon"));
    }

    @Test
    void should_let_an_attribute_of_the_mapping_be_described_once_more() {
        // javadoc: segmentation-jdbc/src/main/java/io/github/segmentkit/jdbc/SqlTable.java
        CustomerMapping mapping = MAPPING;
        SqlTable table = SqlTable.builder("customers", mapping)
                .tagsInLinkTable("interests", "customer_interests", "customer_id", "interest")
                .build();

        assertThat(table.columnsOf("interests"))
                .contains(new AttributeColumns.TagLinkTable("customer_interests", "customer_id", "interest"));
        assertThat(table.attributeNames()).as("the mapping's order is kept")
                .containsExactly("age", "country", "interests", "home");
    }

    @Test
    void should_refuse_a_third_description_and_a_duplicate_of_a_new_attribute() {
        SqlTable.Builder builder = SqlTable.builder("customers", MAPPING).column("age", "age_in_years");

        assertThatThrownBy(() -> builder.column("age", "age_again"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attribute 'age' is already mapped");
        builder.column("segment_score", "score");
        assertThatThrownBy(() -> builder.column("segment_score", "score_again"))
                .hasMessageContaining("attribute 'segment_score' is already mapped");
    }
}
