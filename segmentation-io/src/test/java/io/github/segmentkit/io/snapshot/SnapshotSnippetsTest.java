package io.github.segmentkit.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.io.membership.JdbcMembershipWriter;
import io.github.segmentkit.io.membership.MembershipCsv;
import io.github.segmentkit.io.membership.MembershipRows;
import io.github.segmentkit.io.membership.MembershipTable;
import io.github.segmentkit.io.runs.H2Database;
import io.github.segmentkit.io.runs.ListedResult;
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

/** The javadoc examples of package {@code io.snapshot}, compiled and run on the hand-worked runs of RfmRuns. */
class SnapshotSnippetsTest {
    /** What the examples logged, as "level: [message, arguments…]". */
    private final List<String> logged = new ArrayList<>();
    private final Logger log = (Logger) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Logger.class}, (proxy, method, args) -> {
                logged.add(method.getName() + ": " + Arrays.deepToString(args));
                return null;
            });
    private final ListedResult marchResult = RfmRuns.MARCH;
    private final ListedResult aprilResult = RfmRuns.APRIL;
    private final MembershipSnapshot march = MembershipSnapshot.of(marchResult);
    private final MembershipSnapshot april = MembershipSnapshot.of(aprilResult);

    @TempDir
    Path exportDirectory;
    private DataSource dataSource;

    @BeforeEach
    void writeMemberships() throws SQLException {
        H2Database database = H2Database.in(exportDirectory);
        MembershipTable table = MembershipTable.named("segment_membership");
        database.execute(table.createTableStatement());
        dataSource = database.dataSource();
        MembershipRows marchRows = MembershipRows.of(marchResult).withUnsegmentedAs("(unsegmented)");
        MembershipCsv.write(marchRows, LocalDate.of(2024, 3, 31), exportDirectory.resolve("march.csv"));
        JdbcMembershipWriter.to(dataSource, table)
                .replace(MembershipRows.of(aprilResult).withUnsegmentedAs("(unsegmented)"), LocalDate.of(2024, 4, 30));
    }

    @Test
    void should_count_a_snapshot() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/snapshot/MembershipSnapshot.java
        MembershipSnapshot march = MembershipSnapshot.of(marchResult);
        long champions = march.count("champions");
        long[] nowhere = march.unsegmentedIds();   // ascending

        assertThat(champions).isEqualTo(2);
        assertThat(nowhere).containsExactly(6);
    }

    @Test
    void should_read_snapshots_from_a_file_and_a_table() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/snapshot/SnapshotReader.java
        SnapshotReader reader = SnapshotReader.create().withUnsegmentedLabel("(unsegmented)");
        MembershipSnapshot march = reader.readCsv(exportDirectory.resolve("march.csv"));
        MembershipSnapshot april = reader.readTable(dataSource, MembershipTable.named("segment_membership"),
                LocalDate.of(2024, 4, 30));
        SnapshotDiff diff = SnapshotDiff.between(march, april);

        assertThat(march.customerCount()).isEqualTo(7);
        assertThat(april.customerCount()).isEqualTo(8);
        assertThat(diff.joinedIds()).containsExactly(8, 9);
    }

    @Test
    void should_report_an_unreadable_file() throws Exception {
        Path file = exportDirectory.resolve("broken.csv");
        Files.writeString(file, "customer_id,segment\nx12,vip\n");
        SnapshotReader reader = SnapshotReader.create();
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/snapshot/MembershipReadException.java
        try {
            reader.readCsv(file);
        } catch (MembershipReadException e) {
            log.error("cannot compare runs: {}", e.getMessage());
            // e.g. "march.csv, line 7, column 'customer_id': 'x12' is not a whole number"
        }

        assertThat(logged).singleElement().asString()
                .contains("broken.csv, line 2, column 'customer_id': 'x12' is not a whole number");
    }

    @Test
    void should_report_an_overlapping_run() {
        MembershipSnapshot april = MembershipSnapshot.of(ListedResult.withSegments("champions", "at-risk")
                .customer(42, "champions", "at-risk").build());
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/snapshot/NotExclusiveException.java
        try {
            MigrationMatrix.between(march, april);
        } catch (NotExclusiveException e) {
            log.error("{}", e.getMessage());
            // "the later run (april.csv) is not exclusive: customer 42 is in both 'champions' and 'at-risk'; ..."
        }

        assertThat(logged).singleElement().asString().contains("customer 42 is in both 'champions' and 'at-risk'");
    }

    @Test
    void should_log_the_changes() {
        ListedResult march = marchResult;
        ListedResult april = aprilResult;
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/snapshot/SnapshotDiff.java
        SnapshotDiff diff = SnapshotDiff.between(MembershipSnapshot.of(march), MembershipSnapshot.of(april));
        for (SegmentChange change : diff.changes()) {
            log.info("{}", change);   // "champions: 120 -> 131 (+17, -6)"
        }
        long[] newCustomers = diff.joinedIds();

        assertThat(newCustomers).containsExactly(8, 9);
        assertThat(logged).containsExactly("info: [{}, champions: 2 -> 3 (+2, -1)]",
                "info: [{}, loyal: 2 -> 2 (+1, -1)]", "info: [{}, at-risk: 2 -> 1 (+1, -2)]");
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/snapshot/SegmentChange.java
        SegmentChange champions = diff.change("champions");
        log.info("champions: {} in, {} out, {} stayed", champions.enteredCount(), champions.exitedCount(),
                champions.stayedCount());

        assertThat(logged).last().isEqualTo("info: [champions: {} in, {} out, {} stayed, [2, 1, 1]]");
    }

    @Test
    void should_show_where_customers_went() {
        MembershipSnapshot marchRfm = march;
        MembershipSnapshot aprilRfm = april;
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/snapshot/MigrationMatrix.java
        MigrationMatrix moves = MigrationMatrix.between(marchRfm, aprilRfm);
        long slipped = moves.count("champions", "at-risk");
        long[] who = moves.ids("champions", "at-risk");
        long lostChampions = moves.count("champions", MigrationMatrix.ABSENT);

        assertThat(slipped).isZero();
        assertThat(who).isEmpty();
        assertThat(lostChampions).isZero();
        assertThat(moves.count("loyal", "at-risk")).isEqualTo(1);
    }

    @Test
    void should_compare_a_file_with_a_result() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/snapshot/package-info.java
        SnapshotReader reader = SnapshotReader.create().withUnsegmentedLabel("(unsegmented)");
        MembershipSnapshot before = reader.readCsv(exportDirectory.resolve("march.csv"));
        MembershipSnapshot after = MembershipSnapshot.of(aprilResult);
        SnapshotDiff diff = SnapshotDiff.between(before, after);
        MigrationMatrix moves = MigrationMatrix.between(before, after);

        assertThat(diff.change("at-risk").exitedIds()).containsExactly(5, 7);
        assertThat(moves.counts()).isDeepEqualTo(MigrationMatrix.between(march, april).counts());
    }
}
