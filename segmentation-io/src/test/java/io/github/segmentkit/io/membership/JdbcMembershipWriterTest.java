package io.github.segmentkit.io.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.io.runs.H2Database;
import io.github.segmentkit.io.runs.ListedResult;
import io.github.segmentkit.io.runs.SharedConnection;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcMembershipWriterTest {
    static final LocalDate MARCH = LocalDate.of(2024, 3, 31);
    static final LocalDate APRIL = LocalDate.of(2024, 4, 30);
    static final String SELECT = "SELECT \"customer_id\", \"segment\", \"as_of\" FROM \"membership\" "
            + "ORDER BY \"as_of\", \"segment\", \"customer_id\"";

    /** March: 1 and 2 in vip, 3 in lapsed, 4 in nothing. */
    static final ListedResult MARCH_RUN = ListedResult.withSegments("vip", "lapsed")
            .customer(1, "vip").customer(2, "vip").customer(3, "lapsed").customer(4).build();
    /** April: 2 left vip, 4 entered it; 3 stays lapsed, 1 became lapsed. */
    static final ListedResult APRIL_RUN = ListedResult.withSegments("vip", "lapsed")
            .customer(1, "lapsed").customer(2).customer(3, "lapsed").customer(4, "vip").build();

    @TempDir
    Path directory;
    H2Database database;
    MembershipTable table = MembershipTable.named("membership");

    @BeforeEach
    void createTable() throws SQLException {
        database = H2Database.in(directory);
        database.execute(table.createTableStatement());
    }

    @Test
    void should_write_every_membership_dated_with_the_run() throws SQLException {
        TableReplacement done = JdbcMembershipWriter.to(database.dataSource(), table)
                .replace(MembershipRows.of(MARCH_RUN), MARCH);

        assertThat(done).isEqualTo(new TableReplacement(0, 3));
        assertThat(database.rows(SELECT)).containsExactly(
                "3|lapsed|2024-03-31", "1|vip|2024-03-31", "2|vip|2024-03-31");
    }

    @Test
    void should_replace_the_runs_segments_so_that_customers_who_exited_disappear() throws SQLException {
        database.execute("INSERT INTO \"membership\" VALUES (9, 'other-segmenter', DATE '2024-01-01')");
        JdbcMembershipWriter writer = JdbcMembershipWriter.to(database.dataSource(), table).batchSize(2);
        writer.replace(MembershipRows.of(MARCH_RUN).withUnsegmentedAs("(none)"), MARCH);

        TableReplacement done = writer.replace(MembershipRows.of(APRIL_RUN).withUnsegmentedAs("(none)"), APRIL);

        assertThat(done).isEqualTo(new TableReplacement(4, 4));
        assertThat(database.rows(SELECT)).containsExactly(
                "9|other-segmenter|2024-01-01",
                "2|(none)|2024-04-30", "1|lapsed|2024-04-30", "3|lapsed|2024-04-30", "4|vip|2024-04-30");
    }

    @Test
    void should_keep_other_dates_when_replacing_by_as_of() throws SQLException {
        JdbcMembershipWriter writer = JdbcMembershipWriter.to(database.dataSource(), table)
                .scope(ReplaceScope.AS_OF);
        writer.replace(MembershipRows.of(MARCH_RUN), MARCH);
        writer.replace(MembershipRows.of(MARCH_RUN), APRIL);

        TableReplacement done = writer.replace(MembershipRows.of(APRIL_RUN), APRIL);

        assertThat(done).isEqualTo(new TableReplacement(3, 3));
        assertThat(database.rows(SELECT)).containsExactly(
                "3|lapsed|2024-03-31", "1|vip|2024-03-31", "2|vip|2024-03-31",
                "1|lapsed|2024-04-30", "3|lapsed|2024-04-30", "4|vip|2024-04-30");
    }

    @Test
    void should_empty_the_whole_table_when_replacing_it() throws SQLException {
        database.execute("INSERT INTO \"membership\" VALUES (9, 'other-segmenter', DATE '2024-01-01')");

        TableReplacement done = JdbcMembershipWriter.to(database.dataSource(), table).scope(ReplaceScope.TABLE)
                .replace(MembershipRows.of(APRIL_RUN), APRIL);

        assertThat(done).isEqualTo(new TableReplacement(1, 3));
        assertThat(database.rows(SELECT)).containsExactly(
                "1|lapsed|2024-04-30", "3|lapsed|2024-04-30", "4|vip|2024-04-30");
    }

    @Test
    void should_leave_the_previous_memberships_intact_when_a_batch_fails_midway() throws SQLException {
        database.execute("ALTER TABLE \"membership\" ADD CONSTRAINT \"no_999\" CHECK (\"customer_id\" <> 999)");
        JdbcMembershipWriter writer = JdbcMembershipWriter.to(database.dataSource(), table).batchSize(2);
        writer.replace(MembershipRows.of(MARCH_RUN), MARCH);
        List<String> before = database.rows(SELECT);
        // seven rows in batches of two: rows 1-4 are inserted (two batches) before the third batch fails on row 5
        ListedResult poisoned = ListedResult.withSegments("vip", "lapsed").customer(1, "vip").customer(5, "vip")
                .customer(6, "vip").customer(7, "vip").customer(999, "vip").customer(8, "lapsed")
                .customer(2, "lapsed").build();

        assertThatThrownBy(() -> writer.replace(MembershipRows.of(poisoned), APRIL))
                .isInstanceOf(MembershipWriteException.class)
                .hasMessageContaining("\"membership\"")
                .hasMessageContaining("row 5 of 7 (customer 999 in segment 'vip')")
                .hasMessageContaining("rolled back, the previous memberships are intact")
                .hasCauseInstanceOf(SQLException.class);
        assertThat(database.rows(SELECT)).isEqualTo(before).hasSize(3);
    }

    @Test
    void should_give_the_connection_back_with_its_auto_commit_restored_after_success_and_failure()
            throws SQLException {
        try (SharedConnection shared = new SharedConnection(database.dataSource())) {
            JdbcMembershipWriter writer = JdbcMembershipWriter.to(shared.dataSource(), table);
            writer.replace(MembershipRows.of(MARCH_RUN), MARCH);
            assertThat(shared.connection().getAutoCommit()).isTrue();

            shared.connection().setAutoCommit(false);
            assertThatThrownBy(() -> JdbcMembershipWriter.to(shared.dataSource(),
                    MembershipTable.named("no_such_table")).replace(MembershipRows.of(APRIL_RUN), APRIL))
                    .isInstanceOf(MembershipWriteException.class)
                    .hasMessageContaining("\"no_such_table\"");
            assertThat(shared.connection().getAutoCommit()).isFalse();
        }
        assertThat(database.rows(SELECT)).hasSize(3);
    }

    @Test
    void should_take_hostile_names_and_values_literally() throws SQLException {
        MembershipTable hostile = MembershipTable.named("crm", "t\"; DROP TABLE \"membership")
                .withColumns("id'--", "seg \"x\"", "as of");
        database.execute("CREATE SCHEMA \"crm\"", hostile.createTableStatement());
        String segment = "'; DROP TABLE \"membership\"; -- \\ اردو తెలుగు";
        ListedResult run = ListedResult.withSegments(segment).customer(1, segment).build();

        JdbcMembershipWriter.to(database.dataSource(), hostile).replace(MembershipRows.of(run), MARCH);

        assertThat(database.rows("SELECT \"id'--\", \"seg \"\"x\"\"\", \"as of\" FROM "
                + "\"crm\".\"t\"\"; DROP TABLE \"\"membership\"")).containsExactly("1|" + segment + "|2024-03-31");
        assertThat(database.rows(SELECT)).isEmpty();   // still there, untouched
    }

    @Test
    void should_refuse_a_batch_size_out_of_range() {
        JdbcMembershipWriter writer = JdbcMembershipWriter.to(database.dataSource(), table);

        assertThatThrownBy(() -> writer.batchSize(0)).hasMessage("batch size 0 is not in [1, 100000]");
        assertThatThrownBy(() -> writer.batchSize(100_001)).hasMessage("batch size 100001 is not in [1, 100000]");
    }
}
