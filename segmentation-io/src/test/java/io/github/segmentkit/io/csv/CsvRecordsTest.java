package io.github.segmentkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.io.LoadLimitExceededException;
import io.github.segmentkit.io.LoadLimits;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
    private static List<CsvRow> rows(String text, CsvDialect dialect) {
        List<CsvRow> rows = new ArrayList<>();
        try (CsvRecords records = CsvRecords.of(new StringReader(text), "t.csv", dialect, LoadLimits.DEFAULTS)) {
            for (CsvRow row = records.next(); row != null; row = records.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void should_give_each_record_the_line_it_starts_on_whatever_the_line_breaks() {
        String text = "id,name\r\n1,\"a\nb\"\n\n\n2,x\r3,\"q\"\"\"\r\n\r\n4,\"multi\r\nline\rfield\"\n5,last";
        List<CsvRow> rows = rows(text, CsvDialect.CSV);

        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 6L, 7L, 9L, 12L);
        assertThat(rows).extracting(CsvRow::fields).containsExactly(List.of("1", "a\nb"), List.of("2", "x"),
                List.of("3", "q\""), List.of("4", "multi\r\nline\rfield"), List.of("5", "last"));
    }

    @Test
    void should_look_fields_up_by_stripped_header_name_without_a_byte_order_mark() {
        List<CsvRow> rows = rows("\uFEFFid ; City\n7;\" Paris \"\n8\n", CsvDialect.of(';'));

        assertThat(rows.get(0).header().names()).containsExactly("id", "City");
        assertThat(rows.get(0).get("City")).isEqualTo(" Paris ");
        assertThat(rows.get(1).get("City")).isNull();
        assertThatThrownBy(() -> rows.get(0).get("city")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'city' is not in the header [id, City]");
    }

    @Test
    void should_read_tabs_and_unquoted_dialects() {
        assertThat(rows("a\tb\n\"x\ty\"\tz\n", CsvDialect.TSV).get(0).fields()).containsExactly("x\ty", "z");
        assertThat(rows("a\tb\n\"x\t\"y\n", CsvDialect.TSV.withoutQuotes()).get(0).fields())
                .containsExactly("\"x", "\"y");
    }

    @Test
    void should_name_missing_and_duplicate_columns_with_a_suggestion() {
        try (CsvRecords records = CsvRecords.of(new StringReader("id,Age,x,x\n"), "t.csv", CsvDialect.CSV,
                LoadLimits.DEFAULTS)) {
            CsvHeader header = records.header();
            assertThat(header.require("Age")).isEqualTo(1);
            assertThatThrownBy(() -> header.requireAll(List.of("age", "x", "id")))
                    .isInstanceOf(InvalidCsvException.class)
                    .hasMessage("t.csv, line 1: column 'age' is not in the header (did you mean 'Age'?); column 'x'"
                            + " appears twice in the header (fields 3 and 4); the header has [id, Age, x, x]");
        }
    }

    @Test
    void should_refuse_an_empty_file_and_malformed_records_naming_the_line() {
        assertThatThrownBy(() -> rows("\n\n", CsvDialect.CSV)).isInstanceOf(InvalidCsvException.class)
                .hasMessage("t.csv, line 1: the file is empty; expected a header row");
        assertThatThrownBy(() -> rows("a,b\n1,2\n3,\"open\n4,5\n", CsvDialect.CSV))
                .isInstanceOf(InvalidCsvException.class)
                .hasMessageStartingWith("t.csv, line 3: malformed: ")
                .hasMessageContaining("EOF reached before encapsulated token finished")
                .satisfies(e -> assertThat(((InvalidCsvException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> rows("a,b\n1,2\n3,\"x\"y\n", CsvDialect.CSV))
                .isInstanceOf(InvalidCsvException.class)
                .hasMessageStartingWith("t.csv, line 3: malformed: ")
                .hasMessageContaining("Invalid character between encapsulated token and delimiter");
    }

    @Test
    void should_refuse_a_field_longer_than_the_limit_naming_line_and_column() {
        LoadLimits small = LoadLimits.DEFAULTS.withMaxFieldLength(5);
        try (CsvRecords records = CsvRecords.of(new StringReader("id,name\n1,abcde\n2,abcdef\n"), "t.csv",
                CsvDialect.CSV, small)) {
            assertThat(records.next().get("name")).isEqualTo("abcde");
            assertThatThrownBy(records::next).isInstanceOf(LoadLimitExceededException.class)
                    .hasMessage("t.csv, line 3: column 'name' has 6 characters, more than the limit of 5"
                            + " (LoadLimits.maxFieldLength)");
        }
    }

    @Test
    void should_stop_a_quote_never_closed_before_it_reads_the_whole_input() {
        LoadLimits small = LoadLimits.DEFAULTS.withMaxFieldLength(10);
        // an endless input after an open quote: were the field buffered to the end, this would never return
        Reader input = new Reader() {
            private final Reader start = new StringReader("id,name\n1,\"open");

            @Override
            public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                int read = start.read(buffer, offset, length);
                if (read > 0) {
                    return read;
                }
                java.util.Arrays.fill(buffer, offset, offset + length, 'x');
                return length;
            }

            @Override
            public void close() {
            }
        };
        try (CsvRecords records = CsvRecords.of(input, "t.csv", CsvDialect.CSV, small)) {
            assertThatThrownBy(records::next).isInstanceOf(LoadLimitExceededException.class)
                    .hasMessageStartingWith("t.csv, line 1: a record from this line on runs past ");
        }
    }
}
