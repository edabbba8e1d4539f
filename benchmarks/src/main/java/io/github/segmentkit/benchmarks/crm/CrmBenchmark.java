package io.github.segmentkit.benchmarks.crm;

import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentCounts;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.BenchmarkSettings;
import io.github.segmentkit.benchmarks.workload.Workload;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.LoadReport;
import io.github.segmentkit.io.csv.CsvCustomerLoader;
import io.github.segmentkit.io.jdbc.JdbcCustomerLoader;
import io.github.segmentkit.io.jdbc.JdbcSource;
import io.github.segmentkit.jdbc.JdbcSegmentation;
import io.github.segmentkit.jdbc.SqlDialect;
import io.github.segmentkit.jdbc.SqlTable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Into and out of the CRM, on the benchmark workload kept as a CSV file and as a table of a real PostgreSQL server
 * (started by the benchmark): how fast the loaders read customers against the loop a developer would write by hand,
 * and how fast the database counts the 20 segments pushed down as SQL against the in-memory engine on the same data.
 * Setup checks every answer: each way of loading gives the workload's customers, whose 20 segment counts equal the
 * workload's hand-computed ones, and so do the database's counts and the engine's.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar CrmBenchmark -p customers=1000000
 * }</pre>
 *
 * Rows per second are {@code customers / time}.
 */
public class CrmBenchmark extends BenchmarkSettings {
    private static final int FETCH_SIZE = JdbcCustomerLoader.DEFAULT_FETCH_SIZE;

    /** How many customers; the tests use 2,000. */
    @Param({"1000000"})
    public int customers;

    private CrmStores stores;
    private CsvCustomerLoader csvLoader;
    private JdbcCustomerLoader postgresLoader;
    private JdbcSegmentation pushDown;
    private ColumnarSegmenter<CustomerRecord> engine;
    private List<CustomerRecord> records;
    private CustomerTable<CustomerRecord> table;

    @Setup(Level.Trial)
    public void setUp() {
        Workload workload = Workload.of(customers);
        stores = CrmStores.of(workload.customers());
        csvLoader = CsvCustomerLoader.builder(CrmColumns.MAPPING).build();
        postgresLoader = JdbcCustomerLoader.builder(CrmColumns.MAPPING).fetchSize(FETCH_SIZE).build();
        pushDown = JdbcSegmentation.on(stores.postgres(),
                SqlTable.builder(CrmStores.TABLE, CrmColumns.MAPPING).build(), SqlDialect.POSTGRESQL);
        engine = ColumnarSegmenter.of(Segmenter.builder(CrmColumns.MAPPING.schema()).addAll(BenchSegments.ALL)
                .asOf(BenchSegments.AS_OF).parallelism(2).build());

        records = new ArrayList<>(customers);
        csvLoader.load(stores.csv(), records::add);
        List<CustomerRecord> fromPostgres = new ArrayList<>(customers);
        postgresLoader.load(stores.postgres(), JdbcSource.table(CrmStores.TABLE), fromPostgres::add);
        List<BenchCustomer> byHandFromCsv = new ArrayList<>(customers);
        csvHandWritten(byHandFromCsv::add);
        List<BenchCustomer> byHandFromPostgres = new ArrayList<>(customers);
        postgresHandWritten(byHandFromPostgres::add);
        table = engine.table(records);

        int[] expected = workload.expectedCounts();
        Answers.check("CSV loader + engine", expected, engine.counts(table));
        Answers.check("PostgreSQL loader + engine", expected, engine.counts(engine.table(fromPostgres)));
        Answers.check("hand-written CSV loop + engine", expected, counts(byHandFromCsv));
        Answers.check("hand-written JDBC loop + engine", expected, counts(byHandFromPostgres));
        Answers.check("PostgreSQL push-down", expected, counts(postgresPushDown()));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        stores.close();
    }

    /** {@link CsvCustomerLoader}: the file to {@link CustomerRecord}s by the mapping, strict. */
    @Benchmark
    public LoadReport csvLoader(Blackhole sink) {
        return csvLoader.load(stores.csv(), sink::consume);
    }

    /** Commons CSV and a hand-written conversion by position to the user's own class. */
    @Benchmark
    public long csvHandWritten(Blackhole sink) {
        return csvHandWritten(sink::consume);
    }

    /** {@link JdbcCustomerLoader}: the table to {@link CustomerRecord}s by the mapping, streamed. */
    @Benchmark
    public LoadReport postgresLoader(Blackhole sink) {
        return postgresLoader.load(stores.postgres(), JdbcSource.table(CrmStores.TABLE), sink::consume);
    }

    /** A hand-written JDBC loop: {@code SELECT *}, the same fetch size, getters by position. */
    @Benchmark
    public long postgresHandWritten(Blackhole sink) {
        return postgresHandWritten(sink::consume);
    }

    /** The 20 segments counted by PostgreSQL in one scan: only the counts leave the database. */
    @Benchmark
    public SegmentCounts postgresPushDown() {
        return pushDown.counts(BenchSegments.ALL, BenchSegments.asOf());
    }

    /** The 20 segments counted by the engine on the table built from the loaded records. */
    @Benchmark
    public int[] engineCounts() {
        return engine.counts(table);
    }

    /** The engine's table built from the loaded records, then the 20 segments counted. */
    @Benchmark
    public int[] engineBuildAndCount() {
        return engine.counts(engine.table(records));
    }

    private long csvHandWritten(Consumer<BenchCustomer> sink) {
        long rows = 0;
        try (Reader in = Files.newBufferedReader(stores.csv(), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(in)) {
            for (CSVRecord record : parser) {
                sink.accept(HandWrittenReaders.fromCsv(record));
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private long postgresHandWritten(Consumer<BenchCustomer> sink) {
        long rows = 0;
        try (Connection connection = stores.postgres().getConnection()) {
            connection.setAutoCommit(false);   // PostgreSQL streams with a cursor only inside a transaction
            try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + CrmStores.TABLE)) {
                select.setFetchSize(FETCH_SIZE);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        sink.accept(HandWrittenReaders.fromRow(result));
                        rows++;
                    }
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("the hand-written JDBC loop failed", e);
        }
        return rows;
    }

    private static int[] counts(List<BenchCustomer> customers) {
        SegmentationResult result = BenchSegments.segmenter(2).segment(customers);
        return BenchSegments.ALL.stream().mapToInt(s -> result.count(s.name())).toArray();
    }

    private static int[] counts(SegmentCounts counts) {
        return BenchSegments.ALL.stream().mapToInt(s -> Math.toIntExact(counts.count(s.name()))).toArray();
    }
}
