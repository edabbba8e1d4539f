package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransactionCsvReaderTest {
    private static final TransactionCsvReader READER = TransactionCsvReader.withColumns(
            new TransactionCsvReader.Columns("customer", "invoice", "at", "qty", "price"));
    private static final String HEADER = "customer,invoice,at,qty,price\n";

    private static List<Transaction> read(String rows) {
        List<Transaction> lines = new ArrayList<>();
        READER.read(new StringReader(HEADER + rows), lines::add);
        return lines;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "2024-01-10 10:15:00;       2024-01-10T10:15:00",
        "2024-01-10 10:15;          2024-01-10T10:15:00",
        "2024-01-10;                2024-01-10T00:00:00",
        "2024-01-10T10:15:00;       2024-01-10T10:15:00",
        "2024-01-10T10:15;          2024-01-10T10:15:00",
        "2024-01-10T10:15:00.250;   2024-01-10T10:15:00.250",
        "2024-01-10T10:15:00+01:00; 2024-01-10T10:15:00",
        "2024-01-10T23:30:00-05:00; 2024-01-10T23:30:00",
        "2024-01-10T10:15:00Z;      2024-01-10T10:15:00"})
    void should_read_the_spaced_formats_and_iso_8601_with_or_without_offset_as_the_local_time_written(String text,
            String expected) {
        assertThat(read("1,10," + text + ",1,2.50\n")).singleElement().extracting(Transaction::timestamp)
                .isEqualTo(LocalDateTime.parse(expected));
    }

    @Test
    void should_name_the_formats_when_a_timestamp_cannot_be_read() {
        assertThatThrownBy(() -> read("1,10,10/01/2024 10:15,1,2.50\n"))
                .isInstanceOf(InvalidTransactionException.class)
                .hasMessage("line 2, column 'at': not a timestamp (yyyy-MM-dd[ HH:mm[:ss]] or ISO-8601 such as "
                        + "2024-01-10T10:15:00[+01:00]): '10/01/2024 10:15'");
    }

    @Test
    void should_read_customer_ids_as_whole_numbers_including_the_float_form_online_retail_writes() {
        List<Transaction> lines = read("17850.0,1,2011-01-01,1,1\n17850,2,2011-01-01,1,1\n 12346 ,3,2011-01-01,1,1\n"
                + ",4,2011-01-01,1,1\n-7,5,2011-01-01,1,1\n9223372036854775807.00,6,2011-01-01,1,1\n");

        assertThat(lines).extracting(Transaction::customerId)
                .containsExactly(17850L, 17850L, 12346L, null, -7L, Long.MAX_VALUE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"AB-7", "17850.5", "17850.01", "1e4", "9223372036854775808", ".0", "12 34"})
    void should_refuse_a_customer_id_that_is_not_a_whole_number_naming_line_column_and_value(String id) {
        assertThatThrownBy(() -> read("1,1,2011-01-01,1,1\n" + id + ",2,2011-01-01,1,1\n"))
                .isInstanceOf(InvalidTransactionException.class)
                .hasMessage("line 3, column 'customer': not a whole-number customer id: '" + id
                        + "' (RFM joins to customers by their long id)")
                .satisfies(e -> {
                    InvalidTransactionException error = (InvalidTransactionException) e;
                    assertThat(error.line()).isEqualTo(3);
                    assertThat(error.column()).isEqualTo("customer");
                    assertThat(error.source()).isEmpty();
                });
    }

    @Test
    void should_name_the_file_in_errors_when_reading_a_path(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, HEADER + "1,1,2011-01-01,1,1\n1,2,2011-01-01,1,1\nC-17,3,2011-01-02,1,1\n");

        assertThatThrownBy(() -> READER.read(file, t -> { }))
                .isInstanceOf(InvalidTransactionException.class)
                .hasMessageStartingWith("orders.csv, line 4, column 'customer': not a whole-number customer id: "
                        + "'C-17'")
                .satisfies(e -> assertThat(((InvalidTransactionException) e).source()).contains("orders.csv"));
    }
}
