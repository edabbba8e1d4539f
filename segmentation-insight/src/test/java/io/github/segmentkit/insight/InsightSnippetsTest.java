package io.github.segmentkit.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.insight.affinity.AffinityAnalysis;
import io.github.segmentkit.insight.affinity.AffinityReport;
import io.github.segmentkit.insight.affinity.ItemAffinity;
import io.github.segmentkit.insight.affinity.LoadedPurchases;
import io.github.segmentkit.insight.affinity.Purchase;
import io.github.segmentkit.insight.affinity.PurchaseCsvReader;
import io.github.segmentkit.insight.explain.Explainer;
import io.github.segmentkit.insight.explain.Explanation;
import io.github.segmentkit.insight.explain.NearMissReport;
import io.github.segmentkit.insight.explain.NearMisses;
import io.github.segmentkit.insight.profile.ProfileReport;
import io.github.segmentkit.insight.profile.Profiler;
import io.github.segmentkit.insight.profile.SegmentProfile;
import io.github.segmentkit.insight.whatif.SweptBound;
import io.github.segmentkit.insight.whatif.ThresholdSweep;
import io.github.segmentkit.insight.whatif.WhatIf;
import io.github.segmentkit.io.ErrorMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled twins of segmentation-insight's javadoc examples, run on five customers worked out by hand. */
class InsightSnippetsTest {
    static final LongAttribute AGE = Attribute.ofLong("age");
    static final DoubleAttribute INCOME = Attribute.ofDouble("income");
    static final DoubleAttribute SPEND = Attribute.ofDouble("spend");

    record Customer(long id, long age, double income, double spend) {
    }

    private final CustomerSchema<Customer> schema = CustomerSchema.builder(Customer::id).numeric(AGE, Customer::age)
            .numeric(INCOME, Customer::income).numeric(SPEND, Customer::spend).build();
    private final List<Segment> segments = List.of(
            Segment.named("young").where(AGE.between(25, 34)),
            Segment.named("adults").where(AGE.ge(18L)),
            Segment.named("big-spenders").where(SPEND.ge(150.0)),
            Segment.named("champions").where(SPEND.ge(400.0)));
    private final List<Customer> customers = List.of(new Customer(1, 16, 0, 20), new Customer(2, 19, 20_000, 120),
            new Customer(3, 25, 40_000, 180), new Customer(4, 34, 80_000, 450), new Customer(5, 50, 60_000, 600));
    private final Segmenter<Customer> segmenter = Segmenter.builder(schema).addAll(segments).build();
    private final CustomerTable<Customer> table = CustomerTable.of(schema, customers);
    private final SegmenterDefinition<Customer> definition = new SegmenterDefinition<>(schema, segments, null, 1);
    private final RoaringSegmentationResult result = ColumnarSegmenter.of(segmenter).segment(table);

    @Test
    void should_list_leaves() {
        // javadoc: segmentation-insight/src/main/java/io/github/segmentkit/insight/CriterionLeaf.java
        List<CriterionLeaf> leaves = CriterionLeaf.leavesOf(AGE.between(25, 34).and(INCOME.ge(50_000.0).negate()));
        leaves.get(1).negated();   // true: the segment needs income.ge(50000.0) to be FALSE
        assertThat(leaves).extracting(CriterionLeaf::negated).containsExactly(false, true);
    }

    @Test
    void should_profile() {
        // javadoc: segmentation-insight/src/main/java/io/github/segmentkit/insight/profile/ProfileReport.java
        ProfileReport report = Profiler.withTopValues(5).profile(table, result);
        SegmentProfile young = report.segment("young");
        double incomeIndex = young.numeric("income").orElseThrow().index();   // 100 = as the population
        String json = report.toJson();
        // young: customers 3 and 4, mean income 60,000; population mean 40,000
        assertThat(incomeIndex).isEqualTo(150.0);
        assertThat(json).contains("\"segment\" : \"young\"");
    }

    @Test
    void should_profile_a_result() {
        // javadoc: segmentation-insight/src/main/java/io/github/segmentkit/insight/profile/Profiler.java
        RoaringSegmentationResult result = ColumnarSegmenter.of(segmenter).segment(table);
        ProfileReport report = Profiler.withTopValues(3).profile(table, result);
        // spend of the adults (19, 25, 34, 50): 120, 180, 450, 600 → median (180 + 450) / 2
        assertThat(report.segment("adults").numeric("spend").orElseThrow().median()).isEqualTo(315.0);
    }

    @Test
    void should_explain() {
        Customer customer = new Customer(7, 23, 0, 0);
        // javadoc: segmentation-insight/src/main/java/io/github/segmentkit/insight/explain/Explainer.java
        Explainer<Customer> explainer = Explainer.of(schema, segments, AsOf.date(LocalDate.of(2024, 3, 31)));
        Explanation why = explainer.explain(customer, "young");
        assertThat(why.isMember()).isFalse();
    }

    @Test
    void should_render_an_explanation() {
        Explainer<Customer> explainer = Explainer.of(schema, segments, AsOf.date(LocalDate.of(2024, 3, 31)));
        Customer customer = new Customer(7, 23, 0, 0);
        // javadoc: segmentation-insight/src/main/java/io/github/segmentkit/insight/explain/Explanation.java
        Explanation why = explainer.explain(customer, "young");
        why.isMember();
        String text = why.toText();   // "segment young, customer 7: FALSE\n  age.between(25, 34): FALSE (age 23; needs 25–34: 2 below)\n"
        assertThat(text).isEqualTo(
                "segment young, customer 7: FALSE\n  age.between(25, 34): FALSE (age 23; needs 25–34: 2 below)\n");
    }

    @Test
    void should_count_near_misses() {
        // javadoc: segmentation-insight/src/main/java/io/github/segmentkit/insight/explain/NearMisses.java
        NearMissReport misses = NearMisses.count(definition, table);
        int almostYoung = misses.segment("young").total();
        // a single leaf: every non-member misses by it (ages 16, 19, 50)
        assertThat(almostYoung).isEqualTo(3);
    }

    @Test
    void should_sweep_a_comparison() {
        // javadoc: segmentation-insight/src/main/java/io/github/segmentkit/insight/whatif/ThresholdSweep.java
        ThresholdSweep sweep = WhatIf.sweep(definition, table, "big-spenders", 0, SweptBound.VALUE, 100.0, 200.0, 500.0);
        int atTwoHundred = sweep.points().get(1).members();
        // spend 20, 120, 180, 450, 600: at least 200 → 2
        assertThat(atTwoHundred).isEqualTo(2);
        assertThat(sweep.members()).isEqualTo(3);
    }

    @Test
    void should_sweep_ages() {
        // javadoc: segmentation-insight/src/main/java/io/github/segmentkit/insight/whatif/WhatIf.java
        ThresholdSweep sweep = WhatIf.sweep(definition, table, "adults", 0, SweptBound.VALUE, 16L, 18L, 21L);
        // ages 16, 19, 25, 34, 50
        assertThat(sweep.points()).extracting(p -> p.members()).containsExactly(5, 4, 3);
    }

    @Test
    void should_find_affinities() {
        // javadoc: segmentation-insight/src/main/java/io/github/segmentkit/insight/affinity/Purchase.java
        Purchase line = new Purchase(17850L, "85123A");
        List<Purchase> purchases = List.of(line, new Purchase(4, "tent"), new Purchase(5, "tent"),
                new Purchase(1, "ball"));
        // javadoc: segmentation-insight/src/main/java/io/github/segmentkit/insight/affinity/AffinityAnalysis.java
        AffinityReport report = AffinityAnalysis.withMinimumSupport(0.05).topN(10).analyse(result, purchases);
        List<ItemAffinity> loved = report.segment("champions").top();
        // both champions (4, 5) bought a tent; 2 of 5 customers did: lift 1 / 0.4
        assertThat(loved).extracting(ItemAffinity::item).containsExactly("tent");
        assertThat(loved.get(0).lift()).isEqualTo(2.5);
        assertThat(report.unmatchedPurchases()).isEqualTo(1);
    }

    @Test
    void should_read_purchases(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("online_retail.csv"), """
                InvoiceNo,StockCode,Quantity,InvoiceDate,CustomerID
                536365,85123A,6,2010-12-01 08:26:00,4.0
                536366,85123A,6,2011-02-01 08:28:00,4.0
                C536379,85123A,-1,2011-02-01 09:41:00,5.0
                536380,22728,24,2011-03-02 10:00:00,
                536381,22728,2,2011-03-02 10:05:00,5.0
                """);
        // javadoc: segmentation-insight/src/main/java/io/github/segmentkit/insight/affinity/PurchaseCsvReader.java
        PurchaseCsvReader reader = PurchaseCsvReader.builder("CustomerID", "StockCode")
                .quantityColumn("Quantity")
                .dateColumn("InvoiceDate", LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31))
                .errorMode(ErrorMode.LENIENT)
                .build();
        LoadedPurchases read = reader.read(file);
        // one line of 2010, a return, a guest: two purchases are left
        assertThat(read.purchases()).containsExactly(new Purchase(4, "85123A"), new Purchase(5, "22728"));
        assertThat(read.outsideDates() + read.notPurchases() + read.withoutCustomer()).isEqualTo(3);
    }

    @Test
    void should_analyse_purchases_read(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("purchases.csv"), "CustomerID,StockCode,Quantity\n4,tent,1\n5,tent,2\n"
                + "1,ball,1\n2,tent,-1\n");
        // javadoc: segmentation-insight/src/main/java/io/github/segmentkit/insight/affinity/LoadedPurchases.java
        LoadedPurchases read = PurchaseCsvReader.builder("CustomerID", "StockCode").quantityColumn("Quantity").build()
                .read(file);
        AffinityReport report = AffinityAnalysis.withMinimumSupport(0.05).analyse(result, read.purchases());
        // both champions (4, 5) bought a tent, customer 2 returned one: 2 of 5 customers bought it, lift 1 / 0.4
        assertThat(report.segment("champions").top().get(0).lift()).isEqualTo(2.5);
        assertThat(read.notPurchases()).isEqualTo(1);
    }
}
