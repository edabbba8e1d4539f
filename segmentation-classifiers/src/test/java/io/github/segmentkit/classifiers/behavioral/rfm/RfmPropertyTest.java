package io.github.segmentkit.classifiers.behavioral.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.behavioral.support.TestValues;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RfmPropertyTest {
    private static final LocalDateTime START = LocalDateTime.of(2011, 1, 1, 0, 0);
    private static final LocalDateTime ANALYSIS = START.plusDays(40);

    @Provide
    Arbitrary<List<HandWrittenRfm.Line>> transactions() {
        Arbitrary<String> ids = Arbitraries.of("9", "10", "12", "12.0", "0012", "A7", "عمر", "రాము", "", "  ", "x")
                .injectNull(0.05);
        Arbitrary<String> invoices = Arbitraries.of("500", "501", "502", "503", "C504", "505C", "506", "507");
        Arbitrary<LocalDateTime> times = Arbitraries.longs().between(0, 40L * 24 * 60).map(START::plusMinutes);
        Arbitrary<Long> quantities = Arbitraries.longs().between(-2, 6);
        Arbitrary<BigDecimal> prices = Arbitraries.of("0", "-1.00", "0.5", "1.25", "2.55", "10", "0.001")
                .map(BigDecimal::new);
        Arbitrary<HandWrittenRfm.Line> line = Combinators.combine(ids, invoices, times, quantities, prices)
                .as(HandWrittenRfm.Line::new);
        return line.list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void should_equal_the_hand_written_computation_on_random_transactions(
            @ForAll("transactions") List<HandWrittenRfm.Line> lines) {
        RfmAggregator aggregator = new RfmAggregator();
        lines.forEach(l -> aggregator.accept(l.customerId(), l.invoice(), l.timestamp(), l.quantity(), l.price()));
        RfmReport report = RfmAnalysis.of(RfmConfig.at(ANALYSIS)).analyse(aggregator);

        List<HandWrittenRfm.Row> expected = HandWrittenRfm.compute(lines, ANALYSIS);
        assertThat(report.customers()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            RfmCustomer actual = report.customers().get(i);
            HandWrittenRfm.Row row = expected.get(i);
            assertThat(actual.customerId()).isEqualTo(row.customerId());
            assertThat(actual.metrics().monetary()).isEqualByComparingTo(row.monetary());
            assertThat(List.of(actual.metrics().recency(), actual.metrics().frequency()))
                    .containsExactly(row.recency(), row.frequency());
            assertThat(actual.score()).isEqualTo(new RfmScore(row.r(), row.f(), row.m()));
            assertThat(actual.segment()).isEqualTo(Label.of(row.segment()));
        }
        CleaningReport cleaning = aggregator.cleaning();
        assertThat(cleaning.lines()).isEqualTo(lines.size());
        assertThat(cleaning.accepted() + cleaning.dropped()).isEqualTo(lines.size());
        report.model().ifPresent(model -> assertThat(report.customers())
                .allSatisfy(c -> assertThat(model.score(c.metrics())).isEqualTo(c.score())));
    }

    @Provide
    Arbitrary<List<TestValues>> populations() {
        Arbitrary<Object> recency = Arbitraries.oneOf(Arbitraries.longs().between(0, 12).map(Object.class::cast),
                Arbitraries.just(null), Arbitraries.just(2.5));
        Arbitrary<Object> frequency = Arbitraries.longs().between(0, 4).map(Object.class::cast);
        Arbitrary<Object> monetary = Arbitraries.oneOf(
                Arbitraries.of(1.0, 2.5, 2.5, 7.25, 100.0, -3.0, Double.NaN).map(Object.class::cast),
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("500")).ofScale(2)
                        .map(Object.class::cast));
        return Combinators.combine(recency, frequency, monetary).as((r, f, m) -> Arrays.asList(r, f, m)).list().ofMaxSize(40)
                .map(rows -> {
                    List<TestValues> population = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        Map<String, Object> values = new HashMap<>();
                        values.put("recency", rows.get(i).get(0));
                        values.put("frequency", rows.get(i).get(1));
                        values.put("monetary", rows.get(i).get(2));
                        // ids not in the order of the list, some far apart
                        population.add(new TestValues((i * 7919L) % 1009 - 300, values));
                    }
                    return population;
                });
    }

    @Property(tries = 300)
    void should_label_each_customer_alone_exactly_as_in_the_bulk_run(
            @ForAll("populations") List<TestValues> population, @ForAll RfmLabel label) {
        RfmClassifier classifier = new RfmClassifier(RfmClassifierConfig.defaults().withLabel(label));
        FittedRfmClassifier fitted = classifier.fit(population);

        List<CustomerMetrics> classifiable = new ArrayList<>();
        population.forEach(c -> {
            if (classifier.read(c) instanceof CustomerMetrics metrics) {
                classifiable.add(metrics);
            }
        });
        RfmReport bulk = RfmAnalysis.of(RfmConfig.at(ANALYSIS)).score(classifiable);
        Map<String, Label> bulkLabels = new HashMap<>();
        bulk.customers().forEach(c -> bulkLabels.put(c.customerId(), label.labelOf(c.score(),
                RfmSegmentMap.canonical())));

        for (TestValues customer : population) {
            Label alone = fitted.apply(customer);
            Label inBulk = bulkLabels.get(Long.toString(customer.id()));
            if (inBulk == null) {
                assertThat(alone.isClassified()).isFalse();
                assertThat(alone.reason()).isPresent();
            } else {
                assertThat(alone).as("customer %s", customer.id()).isEqualTo(inBulk);
            }
        }
    }
}
