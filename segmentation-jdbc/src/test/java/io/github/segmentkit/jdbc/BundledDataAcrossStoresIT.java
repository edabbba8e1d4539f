package io.github.segmentkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.definitions.Definitions;
import io.github.segmentkit.io.ColumnMapping;
import io.github.segmentkit.io.CustomerMapping;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.LoadedCustomers;
import io.github.segmentkit.io.csv.CsvCustomerLoader;
import io.github.segmentkit.io.csv.CsvDialect;
import io.github.segmentkit.io.jdbc.JdbcCustomerLoader;
import io.github.segmentkit.io.jdbc.JdbcSource;
import io.github.segmentkit.io.mapping.MappingJson;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundled Customer Personality Analysis data (2,240 customers) gives the same segment counts whether it is
 * loaded from its CSV file or from a typed table in H2, DuckDB or PostgreSQL with the same mapping, and the same
 * again when the segments are pushed down to that database as SQL. The mapping and segments are the command line's
 * examples; the table is filled from the CSV load, one typed column per mapped column.
 */
class BundledDataAcrossStoresIT {
    private static final Path DATA_DIRECTORY = Path.of("../segmentation-examples/src/main/resources/data");
    private static final Path DATA = DATA_DIRECTORY.resolve("marketing_campaign.csv");
    private static final Path MAPPING = DATA_DIRECTORY.resolve("marketing_campaign.mapping.json");
    private static final Path SEGMENTS = Path.of("../segmentation-cli/examples/marketing_campaign.seg");
    private static final AsOf AS_OF = AsOf.date(LocalDate.of(2014, 12, 31));

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void should_give_the_csv_counts_from_every_database_loaded_or_pushed_down(TestDatabase.Kind kind) throws Exception {
        CustomerMapping mapping = MappingJson.read(MAPPING);
        List<Segment> segments = Definitions.read(SEGMENTS, mapping.attributes()).segments();
        LoadedCustomers fromCsv = CsvCustomerLoader.builder(mapping).dialect(CsvDialect.TSV).build().loadAll(DATA);
        Map<String, Long> csvCounts = counts(mapping, segments, fromCsv.customers());
        assertThat(fromCsv.customers()).hasSize(2_240);

        try (TestDatabase database = kind.start()) {
            createAndFill(database.connection(), mapping, fromCsv.customers());

            LoadedCustomers fromTable = JdbcCustomerLoader.builder(mapping).build()
                    .loadAll(database.dataSource(), JdbcSource.table("marketing_campaign"));
            SqlTable layout = SqlTable.builder("marketing_campaign", mapping).build();
            Map<String, Long> pushedDown = JdbcSegmentation.on(database.dataSource(), layout, database.dialect())
                    .counts(segments, AS_OF).counts();

            assertThat(fromTable.customers()).as("loaded from %s", kind).isEqualTo(fromCsv.customers());
            assertThat(counts(mapping, segments, fromTable.customers())).as("loaded from %s", kind)
                    .isEqualTo(csvCounts);
            assertThat(pushedDown).as("pushed down to %s", kind).isEqualTo(csvCounts);
        }
    }

    private static Map<String, Long> counts(CustomerMapping mapping, List<Segment> segments,
            List<CustomerRecord> customers) {
        SegmentationResult result = Segmenter.builder(mapping.schema()).addAll(segments).asOf(AS_OF.date()).build()
                .segment(customers);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Segment segment : segments) {
            counts.put(segment.name(), (long) result.count(segment.name()));
        }
        return counts;
    }

    /** A table with one typed column per mapped column, quoted as the mapping spells it, filled in one batch. */
    private static void createAndFill(Connection connection, CustomerMapping mapping, List<CustomerRecord> customers)
            throws Exception {
        List<String> columns = new ArrayList<>(List.of("\"" + mapping.idColumn() + "\" BIGINT"));
        for (ColumnMapping column : mapping.columns()) {
            columns.add("\"" + column.column() + "\" " + sqlType(column.attribute().kind()));
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE \"marketing_campaign\" (" + String.join(", ", columns) + ")");
        }
        String placeholders = "?" + ", ?".repeat(mapping.columns().size());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO \"marketing_campaign\" VALUES (" + placeholders + ")")) {
            for (CustomerRecord customer : customers) {
                insert.setLong(1, customer.id());
                int index = 2;
                for (ColumnMapping column : mapping.columns()) {
                    bind(insert, index++, column.attribute().kind(), customer.get(column.attribute().name()));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String sqlType(AttributeKind kind) {
        return switch (kind) {
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE PRECISION";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case CATEGORICAL -> "VARCHAR(200)";
            default -> throw new IllegalArgumentException("not in the bundled mapping: " + kind);
        };
    }

    private static void bind(PreparedStatement insert, int index, AttributeKind kind, Object value) throws Exception {
        if (value == null) {
            insert.setNull(index, switch (kind) {
                case LONG -> Types.BIGINT;
                case DOUBLE -> Types.DOUBLE;
                case BOOLEAN -> Types.BOOLEAN;
                case DATE -> Types.DATE;
                default -> Types.VARCHAR;
            });
        } else if (value instanceof LocalDate date) {
            insert.setDate(index, Date.valueOf(date));
        } else {
            insert.setObject(index, value);
        }
    }
}
