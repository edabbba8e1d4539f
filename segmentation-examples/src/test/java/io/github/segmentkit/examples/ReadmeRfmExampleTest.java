package io.github.segmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmScore;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.DropReason;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAggregator;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAnalysis;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAttributes;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmConfig;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmCustomer;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmReport;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.TransactionCsvReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The "RFM from transactions" example of README.md, compiled and run; a second test keeps README.md identical to it
 * (the code between the tags, and the import lines README shows). Expected values: golden/rfm_reference.py (the
 * pandas recipe) on the same lines, with the ISO timestamps rewritten to its "yyyy-MM-dd HH:mm:ss" form.
 */
class ReadmeRfmExampleTest {
    private static final String SOURCE = "src/test/java/io/github/segmentkit/examples/ReadmeRfmExampleTest.java";
    // split so that the constants themselves do not match the markers
    private static final String BEGIN = "// tag::" + "readme-rfm[]\n";
    private static final String END = "        // end::" + "readme-rfm[]";

    @Test
    void should_run_the_readme_rfm_example() {
        // tag::readme-rfm[]
        record Customer(long id, String email) {}
        CustomerSchema<Customer> schema = CustomerSchema.builder(Customer::id)
                .categorical(Attribute.ofCategorical("email"), Customer::email)
                .build();

        String orders = """
                customer_id,invoice,invoice_date,quantity,price
                1,A-1001,2024-01-10T10:15:00,2,19.90
                2,A-1002,2023-06-02T09:00:00+02:00,10,45.00
                3,A-1003,2023-05-20T16:40:00,1,12.50
                1,A-1004,2024-02-14T11:00:00,1,89.00
                2,A-1005,2023-07-15T13:30:00,4,45.00
                5,A-1006,2024-01-28T17:05:00,3,15.00
                2,A-1007,2023-09-01T10:00:00,6,45.00
                1,A-1008,2024-03-20T18:45:00,3,19.90
                4,A-1009,2024-03-28T12:00:00,1,249.00
                1,A-1008,2024-03-20T18:45:00,-1,19.90
                5,A-1010,2024-03-02T09:30:00,2,15.00
                """;
        RfmAnalysis analysis = RfmAnalysis.of(RfmConfig.at(LocalDate.of(2024, 4, 1)));
        RfmAggregator aggregator = analysis.aggregator();
        TransactionCsvReader.withColumns(new TransactionCsvReader.Columns(
                        "customer_id", "invoice", "invoice_date", "quantity", "price"))
                .read(new StringReader(orders), aggregator::accept);
        RfmReport report = analysis.analyse(aggregator);
        report.cleaning().orElseThrow().dropped(DropReason.RETURN);   // 1: the line with quantity -1

        RfmAttributes rfm = report.attributes();   // rfm_segment, rfm_r, rfm_f, rfm_m
        Segmenter<Customer> segmenter = Segmenter.builder(report.addTo(schema))
                .add(Segment.named("win-back").where(rfm.segment().in("at_risk", "cannot_lose_them")))
                .add(Segment.named("big-spenders").where(rfm.monetaryScore().ge(4)))
                .add(Segment.named("never-bought").where(rfm.segment().eq("unclassified")))
                .build();
        List<Customer> customers = List.of(new Customer(1, "ann@example.com"), new Customer(2, "bo@example.com"),
                new Customer(3, "cy@example.com"), new Customer(4, "di@example.com"),
                new Customer(5, "ed@example.com"), new Customer(6, "fay@example.com"));
        SegmentationResult result = segmenter.segment(customers);
        result.segmentsOfId(2);   // [win-back, big-spenders]: R 2, F 5, M 5, cannot_lose_them
        result.segmentsOfId(6);   // [never-bought]: no transactions
        // end::readme-rfm[]

        // rfm_reference.py: id,recency,frequency,monetary,R,F,M,segment (tutorial spelling)
        // 1,11,3,188.50,4,4,3,loyal_customers  2,212,3,900.00,2,5,5,cant_loose  3,316,1,12.50,1,1,1,hibernating
        // 4,3,1,249.00,5,2,4,potential_loyalists  5,29,2,75.00,3,3,2,need_attention
        Map<Long, String> segments = report.customers().stream().collect(Collectors.toMap(RfmCustomer::customerId,
                c -> c.score().code() + " " + c.segment().value()));
        assertThat(segments).containsExactlyInAnyOrderEntriesOf(Map.of(1L, "443 loyal_customers",
                2L, "255 cannot_lose_them", 3L, "111 hibernating", 4L, "524 potential_loyalists",
                5L, "332 need_attention"));
        assertThat(report.customer(2).orElseThrow().metrics().recency()).isEqualTo(212);
        assertThat(report.customer(1).orElseThrow().metrics().monetary()).isEqualByComparingTo("188.50");
        assertThat(report.customer(6)).isEmpty();
        assertThat(report.cleaning().orElseThrow().read()).isEqualTo(11);
        assertThat(report.cleaning().orElseThrow().dropped(DropReason.RETURN)).isEqualTo(1);
        assertThat(report.cleaning().orElseThrow().dropped()).isEqualTo(1);

        assertThat(result.segmentsOfId(2)).containsExactly("win-back", "big-spenders");
        assertThat(result.segmentsOfId(4)).containsExactly("big-spenders");
        assertThat(result.segmentsOfId(6)).containsExactly("never-bought");
        assertThat(result.memberIds("big-spenders")).containsExactly(2L, 4L);
        assertThat(result.segmentsOfId(1)).isEmpty();
        assertThat(new RfmScore(2, 5, 5).code()).isEqualTo("255");
        assertThat(rfm.segment().name()).isEqualTo("rfm_segment");
        assertThat(rfm.monetaryScore().name()).isEqualTo("rfm_m");
    }

    @Test
    void should_keep_readme_identical_to_the_tested_rfm_example() throws IOException {
        String source = Files.readString(Path.of(SOURCE));
        String region = source.substring(source.indexOf(BEGIN) + BEGIN.length(), source.indexOf(END));
        String code = region.lines().map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n"));
        String readme = Files.readString(Path.of("../README.md"));
        String section = readme.substring(readme.indexOf("## RFM from transactions"));
        section = section.substring(0, section.indexOf("\n## ", 1));

        assertThat(section).contains(code);
        List<String> shownImports = section.lines().filter(line -> line.startsWith("import ")).toList();
        assertThat(shownImports).isNotEmpty().allSatisfy(line -> assertThat(source).contains(line));
    }
}
