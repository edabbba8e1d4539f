package io.github.segmentkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.result.RejectedRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadTallyTest {
    private static final CellFormatException BAD_AGE = new CellFormatException("age", "forty", "age",
            "not a whole number");

    @Test
    void should_throw_the_first_bad_cell_in_strict_mode_naming_where_and_what() {
        LoadTally tally = new LoadTally("c.csv", ErrorMode.STRICT, LoadLimits.DEFAULTS, LoadProgress.NONE);
        tally.rowRead(2);
        assertThatThrownBy(() -> tally.reject(BAD_AGE, 2)).isInstanceOf(InvalidCellException.class)
                .hasMessage("c.csv, line 2, column 'age', value 'forty': not a whole number")
                .hasCause(BAD_AGE)
                .satisfies(e -> {
                    InvalidCellException bad = (InvalidCellException) e;
                    assertThat(bad.source()).isEqualTo("c.csv");
                    assertThat(bad.line()).isEqualTo(2);
                    assertThat(bad.column()).isEqualTo("age");
                    assertThat(bad.value()).isEqualTo("forty");
                    assertThat(bad.reason()).isEqualTo("not a whole number");
                    assertThat(bad.attribute()).isEqualTo("age");
                    assertThat(bad.row()).isEmpty();
                });
    }

    @Test
    void should_collect_bad_rows_in_lenient_mode_and_keep_read_equal_to_loaded_plus_rejected() {
        List<long[]> updates = new ArrayList<>();
        LoadTally tally = new LoadTally("c.csv", ErrorMode.LENIENT, LoadLimits.DEFAULTS,
                (read, loaded, rejected) -> updates.add(new long[] {read, loaded, rejected}));
        for (int line = 2; line < 2 + 25_000; line++) {
            tally.rowRead(line);
            if (line % 5 == 0) {
                tally.reject(BAD_AGE, line);
            } else {
                tally.loaded();
            }
        }
        LoadReport report = tally.finish();

        assertThat(report.read()).isEqualTo(25_000);
        assertThat(report.loaded()).isEqualTo(20_000);
        assertThat(report.rejected()).hasSize(5_000);
        assertThat(report.rejected().get(0)).isEqualTo(new RejectedRow("c.csv", 5, "age", "forty",
                "not a whole number"));
        assertThat(updates).extracting(u -> u[0]).containsExactly(10_000L, 20_000L, 25_000L);
        assertThat(updates).allSatisfy(u -> assertThat(u[0]).isEqualTo(u[1] + u[2]));
    }

    @Test
    void should_stop_at_the_limits_with_a_clear_message() {
        LoadTally rows = new LoadTally("c.csv", ErrorMode.LENIENT, LoadLimits.DEFAULTS.withMaxRows(1),
                LoadProgress.NONE);
        rows.rowRead(2);
        rows.loaded();
        assertThatThrownBy(() -> rows.rowRead(3)).isInstanceOf(LoadLimitExceededException.class)
                .hasMessage("c.csv, line 3: more than 1 rows (LoadLimits.maxRows)");

        LoadTally rejects = new LoadTally(null, ErrorMode.LENIENT, LoadLimits.DEFAULTS.withMaxRejectedRows(1),
                LoadProgress.NONE);
        rejects.rowRead(2);
        rejects.reject(BAD_AGE, 2);
        rejects.rowRead(3);
        assertThatThrownBy(() -> rejects.reject(BAD_AGE, 3)).isInstanceOf(LoadLimitExceededException.class)
                .hasMessage("line 3: more than 1 rejected rows (LoadLimits.maxRejectedRows); the latest: line 3,"
                        + " column 'age', value 'forty': not a whole number");

        LoadTally fields = new LoadTally("c.csv", ErrorMode.STRICT, LoadLimits.DEFAULTS.withMaxFieldLength(3),
                LoadProgress.NONE);
        fields.checkField(4, "name", "abc");
        assertThatThrownBy(() -> fields.checkField(4, "name", "abcd")).isInstanceOf(LoadLimitExceededException.class)
                .hasMessage("c.csv, line 4: column 'name' has 4 characters, more than the limit of 3"
                        + " (LoadLimits.maxFieldLength)");
    }

    @Test
    void should_refuse_a_report_that_does_not_add_up() {
        assertThatThrownBy(() -> new LoadReport("c.csv", 3, 1, List.of(new RejectedRow(null, 2, null, null, "x"))))
                .hasMessage("a load report needs read == loaded + rejected, got read 3, loaded 1, rejected 1");
        LoadTally unsettled = new LoadTally(null, ErrorMode.STRICT, LoadLimits.DEFAULTS, LoadProgress.NONE);
        unsettled.rowRead(1);
        assertThatThrownBy(unsettled::finish).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void should_escape_control_characters_and_shorten_long_values_in_rejects() {
        RejectedRow row = new RejectedRow("c.csv", 2, "name", "a\u001Bb", "bad");
        assertThat(row.toString()).isEqualTo("c.csv, line 2, column 'name', value 'a\\u001Bb': bad");
        RejectedRow longOne = new RejectedRow("c.csv", 2, "name", "x".repeat(5000), "bad");
        assertThat(longOne.value()).hasSize(RejectedRow.MAX_VALUE_LENGTH + 1).endsWith("x…");
    }
}
