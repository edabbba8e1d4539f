package io.github.segmentkit.io.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.io.membership.TargetListTest.Customer;
import io.github.segmentkit.io.runs.H2Database;
import io.github.segmentkit.io.runs.ListedResult;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The javadoc examples of package {@code io.membership}, compiled and run (run in a temporary directory). */
class MembershipSnippetsTest {
    /** What the examples logged, as "level: message argument…". */
    private final List<String> logged = new ArrayList<>();
    /** A logger that records the examples' calls, so the tests can see which branch ran. */
    private final Logger log = (Logger) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Logger.class}, (proxy, method, args) -> {
                logged.add(method.getName() + ": " + Arrays.toString(args));
                return null;
            });
    private static final String SOURCES = "segmentation-io/src/main/java/io/github/segmentkit/io/membership/";

    /** Stands for the user's CRM: collects the tags it is given. */
    static final class Crm {
        final List<String> tags = new ArrayList<>();

        void tag(long customerId, String segment) {
            tags.add(customerId + ":" + segment);
        }
    }

    private final Crm crm = new Crm();
    private final ListedResult result = ListedResult.withSegments("outdoor-young", "vip")
            .customer(7, "outdoor-young").customer(8).customer(9, "outdoor-young", "vip").build();
    private final LocalDate asOf = LocalDate.of(2024, 3, 31);
    private final CustomerSchema<Customer> schema = TargetListTest.SCHEMA;
    private final List<Customer> customers = TargetListTest.CUSTOMERS;

    @TempDir
    Path directory;
    private DataSource dataSource;

    @BeforeEach
    void createTable() throws SQLException {
        H2Database database = H2Database.in(directory);
        database.execute(MembershipTable.named("segment_membership").createTableStatement(),
                "CREATE SCHEMA \"crm\"", MembershipTable.named("crm", "segment_membership").createTableStatement());
        dataSource = database.dataSource();
    }

    @Test
    void should_stream_memberships_to_a_callback() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/membership/Membership.java
        MembershipRows.of(result).forEach(m -> crm.tag(m.customerId(), m.segment()));

        assertThat(crm.tags).containsExactly("7:outdoor-young", "9:outdoor-young", "9:vip");
    }

    @Test
    void should_label_the_unsegmented() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/membership/MembershipRows.java
        MembershipRows rows = MembershipRows.of(result).withUnsegmentedAs("unsegmented");
        rows.forEach(m -> crm.tag(m.customerId(), m.segment()));   // streamed: no list of rows is built
        long written = rows.count();   // memberships plus one row per unsegmented customer

        assertThat(written).isEqualTo(4);
        assertThat(crm.tags).endsWith("8:unsegmented");
    }

    @Test
    void should_name_and_create_a_table() throws SQLException {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/membership/MembershipTable.java
        MembershipTable table = MembershipTable.named("crm", "segment_membership")
                .withColumns("customer_id", "segment", "as_of");
        String ddl = table.createTableStatement();   // optional: run it once, or create the table yourself

        assertThat(ddl).startsWith("CREATE TABLE \"crm\".\"segment_membership\" (\"customer_id\" BIGINT NOT NULL");
        H2Database.in(directory.resolve("other")).execute("CREATE SCHEMA \"crm\"", ddl);
    }

    @Test
    void should_write_memberships_to_a_table() {
        MembershipTable table = MembershipTable.named("segment_membership");
        MembershipRows rows = MembershipRows.of(result);
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/membership/ReplaceScope.java
        JdbcMembershipWriter.to(dataSource, table).scope(ReplaceScope.AS_OF).replace(rows, asOf);

        JdbcMembershipWriter writer = JdbcMembershipWriter.to(dataSource, table);
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/membership/TableReplacement.java
        TableReplacement done = writer.replace(rows, asOf);
        log.info("{} memberships replaced by {}", done.deleted(), done.inserted());

        assertThat(done).isEqualTo(new TableReplacement(3, 3));
        assertThat(logged).containsExactly("info: [{} memberships replaced by {}, 3, 3]");
    }

    @Test
    void should_report_a_failed_write() {
        JdbcMembershipWriter writer = JdbcMembershipWriter.to(dataSource, MembershipTable.named("missing"));
        MembershipRows rows = MembershipRows.of(result);
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/membership/MembershipWriteException.java
        try {
            writer.replace(rows, asOf);
        } catch (MembershipWriteException e) {
            log.error("memberships not replaced, previous ones kept: {}", e.getMessage());
        }

        assertThat(logged).singleElement().asString().startsWith("error: [memberships not replaced")
                .contains("\"missing\"");
    }

    @Test
    void should_replace_memberships_in_batches() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/membership/JdbcMembershipWriter.java
        JdbcMembershipWriter writer = JdbcMembershipWriter.to(dataSource, MembershipTable.named("segment_membership"))
                .batchSize(5_000);
        TableReplacement done = writer.replace(MembershipRows.of(result), LocalDate.of(2024, 3, 31));

        assertThat(done.inserted()).isEqualTo(3);
    }

    @Test
    void should_write_memberships_as_csv() throws IOException {
        Path exportDirectory = directory;
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/membership/MembershipCsv.java
        MembershipRows rows = MembershipRows.of(result).withUnsegmentedAs("(unsegmented)");
        long written = MembershipCsv.write(rows, LocalDate.of(2024, 3, 31), exportDirectory.resolve("memberships.csv"));

        assertThat(written).isEqualTo(4);
        assertThat(Files.readAllLines(directory.resolve("memberships.csv"))).hasSize(5);
    }

    @Test
    void should_export_a_target_list() throws IOException {
        Path exportDirectory = directory;
        ListedResult result = ListedResult.withSegments("outdoor-young").customer(7).customer(8, "outdoor-young")
                .customer(9).build();
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/membership/TargetList.java
        TargetList<Customer> mailing = TargetList.of(schema, List.of("age", "country"));
        long members = mailing.write(result, "outdoor-young", customers, exportDirectory.resolve("outdoor-young.csv"));

        assertThat(members).isEqualTo(1);
        assertThat(Files.readString(directory.resolve("outdoor-young.csv")))
                .isEqualTo("customer_id,age,country\r\n8,45,DE\r\n");
    }

    @Test
    void should_write_everywhere_from_one_sequence() throws SQLException {
        Path exportDirectory = directory;
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/membership/package-info.java
        MembershipRows rows = MembershipRows.of(result).withUnsegmentedAs("(unsegmented)");
        JdbcMembershipWriter.to(dataSource, MembershipTable.named("segment_membership")).replace(rows, asOf);
        MembershipCsv.write(rows, asOf, exportDirectory.resolve("memberships.csv"));

        assertThat(H2Database.in(directory).rows("SELECT COUNT(*) FROM \"segment_membership\"")).containsExactly("4");
        assertThat(exportDirectory.resolve("memberships.csv")).exists();
    }
}
