package io.github.segmentkit.insight.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.segmentkit.api.result.RejectedRow;
import io.github.segmentkit.io.ErrorMode;
import io.github.segmentkit.io.InvalidCellException;
import io.github.segmentkit.io.LoadLimitExceededException;
import io.github.segmentkit.io.LoadLimits;
import io.github.segmentkit.io.csv.InvalidCsvException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The purchases reader on the bundled Online Retail sample (see AffinityAnalysisTest), whose expected lines are
 * found here by splitting the raw text, and on small malformed files.
 */
class PurchaseCsvReaderTest {
    private static final Path ONLINE_RETAIL =
            Path.of("../segmentation-examples/src/main/resources/data/online_retail_sample20.csv.gz");

    /** What the sample's lines are, by hand: guests, returns, lines outside the dates, and the purchases. */
    private static final class Expected {
        final List<Purchase> purchases = new ArrayList<>();
        long lines;
        long guests;
        long returns;
        long outside;
    }

    private static Reader onlineRetail() throws IOException {
        return new InputStreamReader(new GZIPInputStream(Files.newInputStream(ONLINE_RETAIL)), StandardCharsets.UTF_8);
    }

    private static Expected byHand(LocalDate from, LocalDate to) throws IOException {
        Expected expected = new Expected();
        try (BufferedReader in = new BufferedReader(onlineRetail())) {
            in.readLine();   // InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // descriptions may hold quoted commas; the first two fields and the last five never do
                String[] f = line.split(",", -1);
                int n = f.length;
                expected.lines++;
                LocalDate day = LocalDate.parse(f[n - 4].substring(0, 10));
                if (f[n - 2].isEmpty()) {
                    expected.guests++;
                } else if (Long.parseLong(f[n - 5]) <= 0) {
                    expected.returns++;
                } else if (day.isBefore(from) || day.isAfter(to)) {
                    expected.outside++;
                } else {
                    expected.purchases.add(new Purchase((long) Double.parseDouble(f[n - 2]), f[1]));
                }
            }
        }
        return expected;
    }

    @Test
    void should_read_the_online_retail_sample_as_the_raw_lines_say_without_returns_guests_or_other_dates()
            throws IOException {
        LocalDate from = LocalDate.of(2011, 3, 1);
        LocalDate to = LocalDate.of(2011, 8, 31);
        Expected expected = byHand(from, to);

        LoadedPurchases read;
        try (Reader in = onlineRetail()) {
            read = PurchaseCsvReader.builder("CustomerID", "StockCode").quantityColumn("Quantity")
                    .dateColumn("InvoiceDate", from, to).build().read(in, "online_retail_sample20.csv");
        }

        assertThat(read.purchases()).hasSizeGreaterThan(1000).isEqualTo(expected.purchases);
        assertThat(read.withoutCustomer()).isEqualTo(expected.guests).isPositive();
        assertThat(read.notPurchases()).isEqualTo(expected.returns).isPositive();
        assertThat(read.outsideDates()).isEqualTo(expected.outside).isPositive();
        assertThat(read.report().read()).isEqualTo(expected.lines);
        assertThat(read.report().loaded()).isEqualTo(expected.lines);
        assertThat(read.report().rejected()).isEmpty();
    }

    @Test
    void should_keep_every_line_with_a_customer_when_no_quantity_or_date_column_is_chosen() throws IOException {
        Expected expected = byHand(LocalDate.MIN, LocalDate.MAX);
        List<Purchase> withReturns = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(onlineRetail())) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                if (!f[f.length - 2].isEmpty()) {
                    withReturns.add(new Purchase((long) Double.parseDouble(f[f.length - 2]), f[1]));
                }
            }
        }

        LoadedPurchases read;
        try (Reader in = onlineRetail()) {
            read = PurchaseCsvReader.builder("CustomerID", "StockCode").build().read(in, null);
        }

        assertThat(read.purchases()).isEqualTo(withReturns);
        assertThat(read.withoutCustomer()).isEqualTo(expected.guests);
        assertThat(read.notPurchases()).isZero();
        assertThat(read.outsideDates()).isZero();
    }

    private static final String MALFORMED = """
            customer,item,qty,day
            1,apple,2,2024-01-05
            AB-7,pear,1,2024-01-05
            2,plum,two,2024-01-06
            3,,1,2024-01-06
            4,kiwi,1,05/01/2024
            5,fig,1
            6,lime,3,2024-01-07T10:15
            """;

    private static PurchaseCsvReader.Builder malformed() {
        return PurchaseCsvReader.builder("customer", "item").quantityColumn("qty")
                .dateColumn("day", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
    }

    @Test
    void should_stop_at_the_first_bad_cell_naming_file_line_column_and_value_when_strict() {
        assertThatThrownBy(() -> malformed().build().read(new StringReader(MALFORMED), "purchases.csv"))
                .isInstanceOfSatisfying(InvalidCellException.class, e -> {
                    assertThat(e.rejectedRow()).isEqualTo(new RejectedRow("purchases.csv", 3, "customer", "AB-7",
                            "not a whole-number customer id (purchases join to customers by their long id)"));
                    assertThat(e.getMessage()).contains("purchases.csv, line 3, column 'customer', value 'AB-7'");
                });
    }

    @Test
    void should_set_every_bad_line_aside_with_its_line_column_and_value_when_lenient() {
        LoadedPurchases read = malformed().errorMode(ErrorMode.LENIENT).build()
                .read(new StringReader(MALFORMED), "purchases.csv");

        assertThat(read.purchases()).containsExactly(new Purchase(1, "apple"), new Purchase(6, "lime"));
        assertThat(read.report().rejected()).extracting(RejectedRow::line, RejectedRow::column, RejectedRow::value)
                .containsExactly(
                        tuple(3L, "customer", "AB-7"),
                        tuple(4L, "qty", "two"),
                        tuple(5L, "item", ""),
                        tuple(6L, "day", "05/01/2024"),
                        tuple(7L, null, null));
        assertThat(read.report().rejected().get(4).reason()).isEqualTo("the row has 3 fields, the header 4");
        assertThat(read.report().read()).isEqualTo(7);
        assertThat(read.report().loaded()).isEqualTo(2);
    }

    @Test
    void should_name_a_missing_column_with_the_closest_one_in_the_header() {
        assertThatThrownBy(() -> PurchaseCsvReader.builder("customer", "iten").build()
                .read(new StringReader(MALFORMED), "purchases.csv"))
                .isInstanceOf(InvalidCsvException.class)
                .hasMessageContaining("purchases.csv")
                .hasMessageContaining("column 'iten' is not in the header (did you mean 'item'?)");
    }

    @Test
    void should_refuse_more_lines_or_longer_cells_than_the_limits_even_when_lenient() {
        String lines = "customer,item\n1,a\n2,b\n3,c\n";
        assertThatThrownBy(() -> PurchaseCsvReader.builder("customer", "item").errorMode(ErrorMode.LENIENT)
                .limits(LoadLimits.DEFAULTS.withMaxRows(2)).build().read(new StringReader(lines), "p.csv"))
                .isInstanceOfSatisfying(LoadLimitExceededException.class, e -> assertThat(e.line()).isEqualTo(4));
        String longItem = "customer,item\n1," + "x".repeat(65) + "\n";
        assertThatThrownBy(() -> PurchaseCsvReader.builder("customer", "item").errorMode(ErrorMode.LENIENT)
                .limits(LoadLimits.DEFAULTS.withMaxFieldLength(64)).build().read(new StringReader(longItem), "p.csv"))
                .isInstanceOf(LoadLimitExceededException.class);
    }

    @Test
    void should_refuse_dates_from_after_to() {
        assertThatThrownBy(() -> PurchaseCsvReader.builder("c", "i")
                .dateColumn("d", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dates from 2024-02-01 to 2024-01-01: from is after to");
    }
}
