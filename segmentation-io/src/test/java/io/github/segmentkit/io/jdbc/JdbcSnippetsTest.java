package io.github.segmentkit.io.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.io.CustomerMapping;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.ErrorMode;
import io.github.segmentkit.io.LoadReport;
import io.github.segmentkit.io.LoadedCustomers;
import io.github.segmentkit.io.runs.H2Database;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The javadoc examples of package {@code io.jdbc}, compiled and run on an H2 database. */
class JdbcSnippetsTest {
    /** What the examples logged, as "level: [message, arguments…]". */
    private final List<String> logged = new ArrayList<>();
    private final Logger log = (Logger) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Logger.class}, (proxy, method, args) -> {
                logged.add(method.getName() + ": " + Arrays.deepToString(args));
                return null;
            });
    private final CustomerMapping mapping = JdbcCustomerLoaderTest.MAPPING;
    private final List<CustomerRecord> customers = new ArrayList<>();

    @TempDir
    Path directory;
    private DataSource dataSource;

    @BeforeEach
    void createCustomers() throws SQLException {
        H2Database database = H2Database.in(directory);
        database.execute(JdbcCustomerLoaderTest.CUSTOMERS, JdbcCustomerLoaderTest.ROWS,
                "CREATE SCHEMA \"crm\"", "CREATE TABLE \"crm\".\"customers\" AS SELECT * FROM \"customers\"",
                "ALTER TABLE \"customers\" ADD COLUMN \"status\" VARCHAR(10) DEFAULT 'active'");
        dataSource = database.dataSource();
    }

    @Test
    void should_report_a_source_that_cannot_be_read() throws SQLException {
        H2Database other = H2Database.in(directory.resolve("other"));
        other.execute("CREATE TABLE customers (customer_id BIGINT, agee INTEGER)");
        DataSource dataSource = other.dataSource();
        CustomerMapping mapping = CustomerMapping.builder("customer_id")
                .column("age", io.github.segmentkit.api.attribute.Attribute.ofLong("age")).build();
        JdbcCustomerLoader loader = JdbcCustomerLoader.builder(mapping).build();
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/jdbc/JdbcSourceException.java
        try {
            loader.load(dataSource, JdbcSource.query("SELECT * FROM customers"), customers::add);
        } catch (JdbcSourceException e) {
            log.error("{}", e.getMessage());
            // "query: column 'age' is not in the result (did you mean 'AGEE'?); it has [CUSTOMER_ID, AGEE]"
        }

        assertThat(logged).singleElement().asString()
                .contains("query: column 'age' is not in the result").contains("[CUSTOMER_ID, AGEE]");
    }

    @Test
    void should_name_sources() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/jdbc/JdbcSource.java
        JdbcSource all = JdbcSource.table("crm", "customers");
        JdbcSource active = JdbcSource.query("SELECT * FROM customers WHERE status = 'active'")
                .named("active customers");
        JdbcSource changed = all.changedSince("updated_at", LocalDateTime.of(2024, 3, 1, 0, 0));

        JdbcCustomerLoader loader = JdbcCustomerLoader.builder(mapping).build();
        assertThat(loader.loadAll(dataSource, all).customers()).hasSize(3);
        assertThat(loader.loadAll(dataSource, changed).customers()).extracting(CustomerRecord::id).containsExactly(1L);
        assertThat(active).hasToString("active customers");
    }

    @Test
    void should_load_leniently() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/jdbc/JdbcCustomerLoader.java
        JdbcCustomerLoader loader = JdbcCustomerLoader.builder(mapping)
                .fetchSize(5_000)
                .errorMode(ErrorMode.LENIENT)
                .build();
        LoadedCustomers loaded = loader.loadAll(dataSource, JdbcSource.table("customers"));
        loaded.report().rejected().forEach(bad -> log.warn("skipped {}", bad));   // "table \"customers\", line 7, ..."

        assertThat(loaded.report().loaded()).isEqualTo(3);
        assertThat(logged).isEmpty();
    }

    @Test
    void should_load_changed_rows() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/jdbc/package-info.java
        JdbcCustomerLoader loader = JdbcCustomerLoader.builder(mapping).build();
        JdbcSource changed = JdbcSource.table("customers").changedSince("updated_at",
                LocalDateTime.of(2024, 3, 1, 0, 0));
        LoadReport report = loader.load(dataSource, changed, customers::add);

        assertThat(report.read()).isEqualTo(1);
        assertThat(customers).extracting(CustomerRecord::id).containsExactly(1L);
    }
}
