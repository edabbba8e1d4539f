package io.github.segmentkit.classifiers.behavioral.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.CancellationRule;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.CleaningReport;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.DropReason;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAggregator;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAnalysis;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmConfig;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmCustomer;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmReport;
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
        Arbitrary<Long> ids = Arbitraries.of(9L, 10L, 12L, -4L, 0L, 1_000_000_007L, Long.MAX_VALUE).injectNull(0.05);
        Arbitrary<String> invoices = Arbitraries.of("500", "501", "502", "503", "C504", "505C", "CRM-1", "INV-C1",
                "507");
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
            @ForAll("transactions") List<HandWrittenRfm.Line> lines, @ForAll CancellationRule rule) {
        RfmAnalysis analysis = RfmAnalysis.of(RfmConfig.at(ANALYSIS).withCancellations(rule)
                .withSegmentMap(RfmSegmentMap.pandasTutorial()));
        RfmAggregator aggregator = analysis.aggregator();
        lines.forEach(l -> aggregator.accept(l.customerId(), l.invoice(), l.timestamp(), l.quantity(), l.price()));
        RfmReport report = analysis.analyse(aggregator);

        List<HandWrittenRfm.Row> expected = HandWrittenRfm.compute(lines, ANALYSIS,
                rule == CancellationRule.ONLINE_RETAIL_C_PREFIX);
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
        assertThat(cleaning.read()).isEqualTo(lines.size());
        assertThat(cleaning.kept() + cleaning.droppedByReason().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(lines.size());
        assertThat(cleaning.dropped(DropReason.RETURN)).isEqualTo(lines.stream().filter(l -> l.customerId() != null
                && !(rule.equals(CancellationRule.ONLINE_RETAIL_C_PREFIX) && l.invoice().startsWith("C"))
                && l.quantity() < 0).count());
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
        RfmClassifier classifier = new RfmClassifier(RfmClassifierConfig.defaults().withLabel(label)
                .withSegmentMap(RfmSegmentMap.pandasTutorial()));
        FittedRfmClassifier fitted = classifier.fit(population);

        List<HandWrittenRfm.Metrics> classifiable = new ArrayList<>();
        population.forEach(c -> {
            if (classifier.read(c) instanceof CustomerMetrics metrics) {
                classifiable.add(new HandWrittenRfm.Metrics(metrics.customerId(), metrics.recency(),
                        metrics.frequency(), metrics.monetary()));
            }
        });
        Map<Long, Label> bulkLabels = new HashMap<>();
        HandWrittenRfm.score(classifiable).forEach(row -> bulkLabels.put(row.customerId(), switch (label) {
            case SEGMENT -> Label.of(row.segment());
            case SCORE -> Label.of("" + row.r() + row.f() + row.m());
            case RECENCY_SCORE -> Label.of(Integer.toString(row.r()));
            case FREQUENCY_SCORE -> Label.of(Integer.toString(row.f()));
            case MONETARY_SCORE -> Label.of(Integer.toString(row.m()));
        }));

        for (TestValues customer : population) {
            Label alone = fitted.apply(customer);
            Label inBulk = bulkLabels.get(customer.id());
            if (inBulk == null) {
                assertThat(alone.isClassified()).isFalse();
                assertThat(alone.reason()).isPresent();
            } else {
                assertThat(alone).as("customer %s", customer.id()).isEqualTo(inBulk);
            }
        }
    }
}
