package io.github.segmentkit.cli;

import static io.github.segmentkit.cli.CliRun.DATA;
import static io.github.segmentkit.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RfmCommandTest {
    private static final Path RETAIL = DATA.resolve("online_retail_sample20.csv.gz");
    private static final LocalDate AS_OF = LocalDate.of(2011, 12, 10);

    @TempDir
    Path dir;

    /** Recency, frequency (invoices) and monetary per customer, by hand: no library code. */
    private static Map<Long, Object[]> metricsByHand() throws IOException {
        Map<Long, LocalDateTime> last = new HashMap<>();
        Map<Long, Set<String>> invoices = new HashMap<>();
        Map<Long, BigDecimal> spent = new HashMap<>();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(RETAIL)), StandardCharsets.UTF_8))) {
            List<String> header = List.of(in.readLine().split(","));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // the description may hold quoted commas: count the fixed columns from both ends
                String[] cells = line.split(",");
                String invoice = cells[0];
                int n = cells.length;
                String customer = cells[n - 2];
                long quantity = Long.parseLong(cells[n - 5]);
                if (customer.isEmpty() || invoice.startsWith("C") || quantity <= 0) {
                    continue;
                }
                long id = (long) Double.parseDouble(customer);
                LocalDateTime at = LocalDateTime.parse(cells[n - 4], format);
                last.merge(id, at, (a, b) -> a.isAfter(b) ? a : b);
                invoices.computeIfAbsent(id, k -> new HashSet<>()).add(invoice);
                spent.merge(id, new BigDecimal(cells[n - 3]).multiply(BigDecimal.valueOf(quantity)), BigDecimal::add);
            }
            assertThat(header).containsExactly("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate",
                    "UnitPrice", "CustomerID", "Country");
        }
        Map<Long, Object[]> metrics = new HashMap<>();
        for (Long id : last.keySet()) {
            // whole days from the last purchase to the analysis time (00:00 of the as-of day), as pandas'
            // (snapshot - last).days counts them
            metrics.put(id, new Object[] {ChronoUnit.DAYS.between(last.get(id), AS_OF.atStartOfDay()),
                    (long) invoices.get(id).size(), spent.get(id)});
        }
        return metrics;
    }

    @Test
    void should_score_every_customer_with_the_metrics_computed_by_hand_and_count_them_all() throws IOException {
        Path out = dir.resolve("rfm.csv");

        CliRun.Result result = run("rfm", "--transactions", RETAIL.toString(), "--as-of", AS_OF.toString(),
                "--cancellations", "online_retail_c_prefix", "--out", out.toString(), "--format", "csv");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Map<Long, Object[]> expected = metricsByHand();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("customer_id,recency,frequency,monetary,r,f,m,score,segment");
        assertThat(lines).hasSize(expected.size() + 1);
        Map<String, Long> perSegment = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            Object[] metrics = expected.get(Long.parseLong(cells[0]));
            assertThat(metrics).as(line).isNotNull();
            assertThat(Long.parseLong(cells[1])).as(line).isEqualTo(metrics[0]);
            assertThat(Long.parseLong(cells[2])).as(line).isEqualTo(metrics[1]);
            assertThat(new BigDecimal(cells[3])).as(line).isEqualByComparingTo((BigDecimal) metrics[2]);
            assertThat(cells[7]).isEqualTo(cells[4] + cells[5] + cells[6]);
            perSegment.merge(cells[8], 1L, Long::sum);
        }
        Map<String, Long> printed = new HashMap<>();
        result.out().lines().skip(1).forEach(line -> {
            String[] cells = line.split(",");
            if (Long.parseLong(cells[1]) > 0) {
                printed.put(cells[0], Long.parseLong(cells[1]));
            }
        });
        assertThat(printed).isEqualTo(perSegment);
        assertThat(result.err()).contains("online_retail_sample20.csv.gz: 101,635 lines read");
    }

    @Test
    void should_refuse_an_as_of_date_before_the_newest_transaction_in_one_line() {
        CliRun.Result result = run("rfm", "--transactions", RETAIL.toString(), "--as-of", "2011-06-30");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("2011-06-30").contains("newest transaction");
    }

    @Test
    void should_name_the_line_and_value_of_a_transaction_that_cannot_be_read() throws IOException {
        Path file = Files.writeString(dir.resolve("orders.csv"), "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
                + "1,2,2024-01-02 10:00:00,3.5,17\n2,1,2024-01-03 10:00:00,2;55,18\n");

        CliRun.Result result = run("rfm", "--transactions", file.toString(), "--as-of", "2024-02-01");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("orders.csv").contains("line 3").contains("UnitPrice").contains("2;55");
    }
}
