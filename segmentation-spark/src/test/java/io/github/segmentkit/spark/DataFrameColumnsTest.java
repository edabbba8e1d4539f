package io.github.segmentkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DataFrameColumnsTest {
    @Test
    void should_read_each_attribute_from_its_own_column_unless_mapped() {
        // javadoc: segmentation-spark/src/main/java/io/github/segmentkit/spark/DataFrameColumns.java
        DataFrameColumns columns = DataFrameColumns.byName()
                .id("cust_id")
                .column("age", "age_years")
                .geoPoint("home", "home_lat", "home_lon");

        assertThat(columns.idColumn()).isEqualTo("cust_id");
        assertThat(columns.columnOf("age")).isEqualTo("age_years");
        assertThat(columns.columnOf("country")).isEqualTo("country");
        assertThat(columns.geoColumnsOf("home")).contains(new DataFrameColumns.GeoColumns("home_lat", "home_lon"));
        assertThat(DataFrameColumns.byName().idColumn()).isEqualTo("customer_id");
    }

    @Test
    void should_let_the_last_mapping_of_an_attribute_win() {
        DataFrameColumns columns = DataFrameColumns.byName().geoPoint("home", "lat", "lon").column("home", "home_struct");

        assertThat(columns.geoColumnsOf("home")).isEmpty();
        assertThat(columns.columnOf("home")).isEqualTo("home_struct");
    }

    @Test
    void should_refuse_blank_names() {
        assertThatThrownBy(() -> DataFrameColumns.byName().column("age", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("column for age is blank");
    }
}
