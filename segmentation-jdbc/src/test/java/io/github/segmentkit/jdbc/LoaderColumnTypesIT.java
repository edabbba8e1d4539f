package io.github.segmentkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.io.CustomerMapping;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.LoadedCustomers;
import io.github.segmentkit.io.jdbc.JdbcCustomerLoader;
import io.github.segmentkit.io.jdbc.JdbcSource;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * segmentation-io's {@code JdbcCustomerLoader} reads the typed date and time columns of each real database: a
 * timestamp with a time zone (which PostgreSQL's driver reports as a plain {@code TIMESTAMP}), one without (read in
 * the mapping's zone, UTC) and a date. The expected instants are the literals' own, worked out by hand.
 */
class LoaderColumnTypesIT extends OnEveryDatabase {
    private static final CustomerMapping MAPPING = CustomerMapping.builder("id")
            .column("seen", Attribute.ofTimestamp("seen"))
            .column("local_seen", Attribute.ofTimestamp("local_seen"))
            .column("joined", Attribute.ofDate("joined"))
            .build();

    @ParameterizedTest
    @MethodSource("databases")
    void should_read_timestamps_with_and_without_a_zone_and_dates(TestDatabase database) throws Exception {
        database.execute("DROP TABLE IF EXISTS \"typed\"");
        database.execute("CREATE TABLE \"typed\" (\"id\" BIGINT, \"seen\" TIMESTAMP WITH TIME ZONE,"
                + " \"local_seen\" TIMESTAMP, \"joined\" DATE)");
        database.execute("INSERT INTO \"typed\" VALUES (1, CAST('2024-03-31 10:15:00+02' AS TIMESTAMP WITH TIME ZONE),"
                + " CAST('2024-03-31 10:15:00' AS TIMESTAMP), CAST('2024-02-29' AS DATE)),"
                + " (2, NULL, NULL, NULL)");

        LoadedCustomers loaded = JdbcCustomerLoader.builder(MAPPING).build()
                .loadAll(database.dataSource(), JdbcSource.table("typed"));

        CustomerRecord first = loaded.customers().get(0);
        assertThat(first.get("seen")).as("10:15 at +02:00").isEqualTo(Instant.parse("2024-03-31T08:15:00Z"));
        assertThat(first.get("local_seen")).as("10:15 in UTC").isEqualTo(Instant.parse("2024-03-31T10:15:00Z"));
        assertThat(first.get("joined")).isEqualTo(LocalDate.of(2024, 2, 29));
        CustomerRecord second = loaded.customers().get(1);
        assertThat(second.get("seen")).isNull();
        assertThat(second.get("local_seen")).isNull();
        assertThat(second.get("joined")).isNull();
    }
}
