package io.github.segmentkit.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.io.membership.JdbcMembershipWriter;
import io.github.segmentkit.io.membership.MembershipCsv;
import io.github.segmentkit.io.membership.MembershipRows;
import io.github.segmentkit.io.membership.MembershipTable;
import io.github.segmentkit.io.membership.ReplaceScope;
import io.github.segmentkit.io.runs.H2Database;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotReaderTest {
    static final LocalDate MARCH = LocalDate.of(2024, 3, 31);
    static final LocalDate APRIL = LocalDate.of(2024, 4, 30);

    @TempDir
    Path directory;

    @Test
    void should_tell_the_progress_every_interval_of_rows_and_at_the_end() {
        int rows = 2 * io.github.segmentkit.io.LoadProgress.INTERVAL + 7;
        StringBuilder csv = new StringBuilder("customer_id,segment\n");
        for (int id = 1; id <= rows; id++) {
            csv.append(id).append(",s").append(id % 3).append('\n');
        }
        java.util.List<Long> told = new java.util.ArrayList<>();

        MembershipSnapshot snapshot = SnapshotReader.create()
                .withProgress((read, loaded, rejected) -> {
                    assertThat(loaded).isEqualTo(read);
                    assertThat(rejected).isZero();
                    told.add(read);
                })
                .readCsv(new StringReader(csv.toString()), "memberships.csv");

        assertThat(snapshot.customerCount()).isEqualTo(rows);
        assertThat(told).containsExactly((long) io.github.segmentkit.io.LoadProgress.INTERVAL,
                2L * io.github.segmentkit.io.LoadProgress.INTERVAL, (long) rows);
    }

    @Test
    void should_read_back_a_written_file_with_the_whole_population_when_labelled() {
        Path file = directory.resolve("march.csv");
        MembershipCsv.write(MembershipRows.of(RfmRuns.MARCH).withUnsegmentedAs("none"), MARCH, file);

        MembershipSnapshot read = SnapshotReader.create().withUnsegmentedLabel("none").readCsv(file);

        assertThat(read.source()).isEqualTo(file + " as of 2024-03-31");
        assertThat(read.customerCount()).isEqualTo(7);
        assertThat(read.segmentNames()).containsExactly("champions", "loyal", "at-risk");
        assertThat(read.memberIds("champions")).containsExactly(1, 2);
        assertThat(read.memberIds("loyal")).containsExactly(3, 4);
        assertThat(read.memberIds("at-risk")).containsExactly(5, 7);
        assertThat(read.unsegmentedIds()).containsExactly(6);
    }

    @Test
    void should_not_know_unsegmented_customers_written_without_a_label() {
        Path file = directory.resolve("march.csv");
        MembershipCsv.write(MembershipRows.of(RfmRuns.MARCH), MARCH, file);

        MembershipSnapshot read = SnapshotReader.create().readCsv(file);

        assertThat(read.customerCount()).isEqualTo(6);
        assertThat(read.contains(6)).isFalse();
        assertThat(read.unsegmentedCount()).isZero();
    }

    @Test
    void should_read_columns_by_header_in_any_order_without_a_date_and_skip_blank_lines() {
        String csv = "segment,note,customer_id\n\"vip, \"\"plus\"\"\",\"two\nlines\",12\n\nvip,y,-4\n";

        MembershipSnapshot read = SnapshotReader.create().readCsv(new StringReader(csv), "typed.csv");

        assertThat(read.source()).isEqualTo("typed.csv");
        assertThat(read.segmentNames()).containsExactly("vip, \"plus\"", "vip");
        assertThat(read.memberIds("vip, \"plus\"")).containsExactly(12);
        assertThat(read.memberIds("vip")).containsExactly(-4);
    }

    @Test
    void should_leave_the_callers_reader_open() throws IOException {
        StringReader in = new StringReader("customer_id,segment\n1,a\n");

        SnapshotReader.create().readCsv(in, "open.csv");

        in.reset();   // a closed StringReader throws IOException("Stream closed")
        assertThat(in.read()).isEqualTo('c');
    }

    @Test
    void should_name_file_line_column_and_value_of_a_bad_cell() {
        // line 4 holds the bad id: the quoted note of the record on lines 2-3 spans a line break
        String badId = "customer_id,segment,note\n1,a,\"x\ny\"\nx12,c,z\n";
        String badDate = "customer_id,segment,as_of\n1,a,2024-03-31\n2,a,31/03/2024\n";

        assertThatThrownBy(() -> SnapshotReader.create().readCsv(new StringReader(badId), "march.csv"))
                .isInstanceOf(MembershipReadException.class)
                .hasMessage("march.csv, line 4, column 'customer_id': 'x12' is not a whole number in "
                        + "[-9223372036854775808, 9223372036854775807]");
        assertThatThrownBy(() -> SnapshotReader.create().readCsv(new StringReader(badDate), "march.csv"))
                .isInstanceOf(MembershipReadException.class)
                .hasMessage("march.csv, line 3, column 'as_of': '31/03/2024' is not an ISO-8601 date (2024-03-31)");
    }

    @Test
    void should_refuse_what_one_runs_memberships_cannot_hold() {
        assertThat(failure("customer_id,segment\n1,a\n2,b\n1,a\n"))
                .isEqualTo("f.csv, line 4: customer 1 is listed twice in segment 'a'");
        assertThat(failure("customer_id,segment,as_of\n1,a,2024-03-31\n2,a,2024-04-30\n"))
                .startsWith("f.csv, line 3: the as-of date 2024-04-30 differs from 2024-03-31 (f.csv, line 2)");
        assertThat(failure("customer_id,segment\n1,a\n1,none\n"))
                .isEqualTo("f.csv, line 3: customer 1 is listed as 'none' (the unsegmented label) but also in "
                        + "segment 'a'");
        assertThat(failure("customer_id,segment\n1,none\n1,a\n"))
                .isEqualTo("f.csv, line 3: customer 1 is listed in segment 'a' but also as 'none' (the "
                        + "unsegmented label)");
        assertThat(failure("customer_id,segment\n1,\n"))
                .isEqualTo("f.csv, line 2, column 'segment': the segment is empty");
        assertThat(failure("customer_id,segment\n1,\"a\u0007\"\n"))
                .isEqualTo("f.csv, line 2, column 'segment': the segment name 'a\\u0007' contains a control "
                        + "character");
        assertThat(failure("customer_id,segment\n1,\"a\nb\"\n"))
                .isEqualTo("f.csv, line 2, column 'segment': the segment name 'a\nb' contains a control "
                        + "character");
        assertThat(failure("id,segment\n1,a\n"))
                .isEqualTo("f.csv, line 1: the header has no column 'customer_id'; it has [id, segment] "
                        + "(membership files start with customer_id,segment[,as_of])");
        assertThat(failure("")).startsWith("f.csv, line 1: the header has no column 'customer_id'; it has []");
        assertThat(failure("customer_id,segment\n1\n"))
                .isEqualTo("f.csv, line 2: the row has 1 fields, the header 2");
        assertThat(failure("customer_id,segment\n1,\"a\n")).startsWith("f.csv: is not readable CSV: ");
    }

    @Test
    void should_name_a_file_that_cannot_be_read() {
        Path missing = directory.resolve("missing.csv");

        assertThatThrownBy(() -> SnapshotReader.create().readCsv(missing))
                .isInstanceOf(MembershipReadException.class).hasMessageStartingWith(missing + ": cannot be read: ");
    }

    @Test
    void should_read_one_date_of_a_table_or_a_table_of_one_date() throws SQLException {
        H2Database database = H2Database.in(directory);
        MembershipTable table = MembershipTable.named("membership");
        database.execute(table.createTableStatement());
        JdbcMembershipWriter writer = JdbcMembershipWriter.to(database.dataSource(), table).scope(ReplaceScope.AS_OF);
        writer.replace(MembershipRows.of(RfmRuns.MARCH).withUnsegmentedAs("none"), MARCH);
        SnapshotReader reader = SnapshotReader.create().withUnsegmentedLabel("none").fetchSize(2);

        MembershipSnapshot march = reader.readTable(database.dataSource(), table);
        writer.replace(MembershipRows.of(RfmRuns.APRIL).withUnsegmentedAs("none"), APRIL);
        MembershipSnapshot april = reader.readTable(database.dataSource(), table, APRIL);

        assertThat(march.toString()).isEqualTo("MembershipSnapshot[\"membership\" as of 2024-03-31: 7 customers, "
                + "champions=2, loyal=2, at-risk=2, unsegmented=1]");
        assertThat(april.memberIds("champions")).containsExactly(1, 6, 8);
        assertThat(april.unsegmentedIds()).containsExactly(7, 9);
        assertThat(MigrationMatrix.between(march, april).counts()).isDeepEqualTo(
                MigrationMatrix.between(SnapshotDiffTest.MARCH, SnapshotDiffTest.APRIL).counts());
        assertThatThrownBy(() -> reader.readTable(database.dataSource(), table))
                .isInstanceOf(MembershipReadException.class)
                .hasMessageContaining("the as-of date 2024-04-30 differs from 2024-03-31");
    }

    @Test
    void should_name_a_null_id_and_a_missing_table() throws SQLException {
        H2Database database = H2Database.in(directory);
        database.execute("CREATE TABLE \"loose\" (\"customer_id\" BIGINT, \"segment\" VARCHAR(20), \"as_of\" DATE)",
                "INSERT INTO \"loose\" VALUES (1, 'a', NULL), (NULL, 'a', NULL)");

        assertThatThrownBy(() -> SnapshotReader.create().readTable(database.dataSource(),
                MembershipTable.named("loose")))
                .isInstanceOf(MembershipReadException.class)
                .hasMessage("\"loose\", row 2, column 'customer_id': the customer id is NULL");
        assertThatThrownBy(() -> SnapshotReader.create().readTable(database.dataSource(),
                MembershipTable.named("nothing")))
                .isInstanceOf(MembershipReadException.class)
                .hasMessageStartingWith("\"nothing\"(\"customer_id\", \"segment\", \"as_of\"): cannot be read: ");
    }

    @Test
    void should_compare_two_files_as_a_command_line_would() throws IOException {
        Path march = directory.resolve("march.csv");
        Path april = directory.resolve("april.csv");
        MembershipCsv.write(MembershipRows.of(RfmRuns.MARCH).withUnsegmentedAs("none"), MARCH, march);
        MembershipCsv.write(MembershipRows.of(RfmRuns.APRIL).withUnsegmentedAs("none"), APRIL, april);
        SnapshotReader reader = SnapshotReader.create().withUnsegmentedLabel("none");

        SnapshotDiff diff = SnapshotDiff.between(reader.readCsv(march), reader.readCsv(april));

        assertThat(diff.change("champions").enteredIds()).containsExactly(6, 8);
        assertThat(diff.joinedIds()).containsExactly(8, 9);
        assertThat(Files.size(march)).isPositive();
    }

    private static String failure(String csv) {
        try {
            SnapshotReader.create().withUnsegmentedLabel("none").readCsv(new StringReader(csv), "f.csv");
        } catch (MembershipReadException e) {
            return e.getMessage();
        }
        throw new AssertionError("no failure reading " + csv);
    }
}
