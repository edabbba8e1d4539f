package io.github.segmentkit.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.definitions.Definitions;
import io.github.segmentkit.io.CustomerMapping;
import io.github.segmentkit.io.LoadedCustomers;
import io.github.segmentkit.io.jdbc.JdbcCustomerLoader;
import io.github.segmentkit.io.jdbc.JdbcSource;
import io.github.segmentkit.io.mapping.MappingJson;
import io.github.segmentkit.io.membership.JdbcMembershipWriter;
import io.github.segmentkit.io.membership.MembershipRows;
import io.github.segmentkit.io.membership.MembershipTable;
import io.github.segmentkit.io.snapshot.MembershipSnapshot;
import io.github.segmentkit.io.snapshot.SnapshotDiff;
import io.github.segmentkit.io.snapshot.SnapshotReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * README's "Using it in your CRM", run on a real H2 database: a customers table, a mapping file and a definitions
 * file in the working directory, as the README has them. The expected memberships are worked out by hand from the
 * six rows below.
 */
class CrmReadmeTest {
    private static final Path MAPPING = Path.of("customers.mapping.json");
    private static final Path SEGMENTS = Path.of("segments.seg");

    private static DataSource database() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:crm-readme;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("drop all objects");
            sql.execute("create table customers (customer_id bigint primary key, age int, country varchar(40))");
            // 1: adult in US; 2: minor in CA; 3: adult, no country; 4: no age, in US; 5: senior in پاکستان; 6: adult in CA
            sql.execute("insert into customers values (1, 30, 'US'), (2, 15, 'CA'), (3, 44, null), (4, null, 'US'),"
                    + " (5, 71, 'پاکستان'), (6, 18, 'CA')");
            sql.execute("create table segment_membership (customer_id bigint not null, segment varchar(200) not null,"
                    + " as_of date not null)");
            // the previous run: 2 and 3 were adults then (2 has since been corrected), 6 was not yet
            sql.execute("insert into segment_membership values (1, 'adults', date '2024-02-29'),"
                    + " (2, 'adults', date '2024-02-29'), (3, 'adults', date '2024-02-29'),"
                    + " (5, 'adults', date '2024-02-29'), (1, 'north-america', date '2024-02-29')");
        }
        return dataSource;
    }

    @Test
    void should_load_segment_write_back_and_diff_as_the_readme_shows() throws Exception {
        DataSource dataSource = database();
        Files.writeString(MAPPING, """
                {"formatVersion": 1, "id": "customer_id", "columns": [
                  {"column": "age", "kind": "long"}, {"column": "country", "kind": "categorical"}]}
                """, StandardCharsets.UTF_8);
        Files.writeString(SEGMENTS, """
                segment "adults" where age >= 18
                segment "north-america" where country in ("US", "CA")
                """, StandardCharsets.UTF_8);
        try {
            SnapshotDiff diff = readmeExample(dataSource);

            assertThat(memberships(dataSource)).isEqualTo(new TreeSet<>(List.of("1 adults 2024-03-31",
                    "1 north-america 2024-03-31", "2 north-america 2024-03-31", "3 adults 2024-03-31",
                    "4 north-america 2024-03-31", "5 adults 2024-03-31", "6 adults 2024-03-31",
                    "6 north-america 2024-03-31")));
            TreeMap<String, String> changes = new TreeMap<>();
            diff.changes().forEach(change -> changes.put(change.segment(),
                    "+" + toList(change.enteredIds()) + " -" + toList(change.exitedIds())));
            assertThat(changes).containsEntry("adults", "+[6] -[2]").containsEntry("north-america", "+[2, 4, 6] -[]");
        } finally {
            Files.deleteIfExists(MAPPING);
            Files.deleteIfExists(SEGMENTS);
        }
    }

    private static List<Long> toList(long[] ids) {
        List<Long> list = new ArrayList<>();
        for (long id : ids) {
            list.add(id);
        }
        return list;
    }

    private static TreeSet<String> memberships(DataSource dataSource) throws Exception {
        TreeSet<String> rows = new TreeSet<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             var results = sql.executeQuery("select customer_id, segment, as_of from segment_membership")) {
            while (results.next()) {
                rows.add(results.getLong(1) + " " + results.getString(2) + " " + results.getDate(3));
            }
        }
        return rows;
    }

    private static SnapshotDiff readmeExample(DataSource dataSource) throws Exception {
        // javadoc: README.md
        CustomerMapping mapping = MappingJson.read(Path.of("customers.mapping.json"));
        LoadedCustomers loaded = JdbcCustomerLoader.builder(mapping).fetchSize(5_000).build()
                .loadAll(dataSource, JdbcSource.table("customers"));              // streamed; or JdbcSource.query(sql)
        List<Segment> segments = Definitions.read(Path.of("segments.seg"), mapping.attributes()).segments();
        SegmentationResult result = Segmenter.builder(mapping.schema()).addAll(segments)
                .asOf(LocalDate.of(2024, 3, 31)).build().segment(loaded.customers());

        MembershipTable memberships = MembershipTable.named("segment_membership");
        MembershipSnapshot lastRun = SnapshotReader.create().readTable(dataSource, memberships, LocalDate.of(2024, 2, 29));
        JdbcMembershipWriter.to(dataSource, memberships).replace(MembershipRows.of(result), LocalDate.of(2024, 3, 31));
        SnapshotDiff diff = SnapshotDiff.between(lastRun, MembershipSnapshot.of(result));
        diff.changes().forEach(change -> System.out.println(change));             // "lapsed: 534 -> 541 (+12, -5)"
        return diff;
    }
}
