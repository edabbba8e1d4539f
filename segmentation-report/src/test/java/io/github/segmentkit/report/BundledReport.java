package io.github.segmentkit.report;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.campaign.movement.SegmentMovement;
import io.github.segmentkit.campaign.response.Outcome;
import io.github.segmentkit.campaign.response.Outcomes;
import io.github.segmentkit.campaign.response.ResponseAnalysis;
import io.github.segmentkit.campaign.response.ResponseReport;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.insight.affinity.AffinityAnalysis;
import io.github.segmentkit.insight.affinity.AffinityReport;
import io.github.segmentkit.insight.affinity.Purchase;
import io.github.segmentkit.insight.explain.Explainer;
import io.github.segmentkit.insight.explain.Explanation;
import io.github.segmentkit.insight.profile.ProfileReport;
import io.github.segmentkit.insight.profile.Profiler;
import io.github.segmentkit.report.BundledCustomers.Customer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report of the bundled data made through the library, as a user would: four segments, their profiles, the
 * response to the data's last campaign ({@code Response}), product affinity from the spend columns, a movement
 * between two runs and two explanations.
 */
final class BundledReport {
    static final List<Segment> SEGMENTS = List.of(
            Segment.named("wine-lovers").where(BundledCustomers.WINE.ge(500L)),
            Segment.named("lapsed").where(BundledCustomers.RECENCY.gt(75L)),
            Segment.named("postgraduates").where(BundledCustomers.EDUCATION.in("Master", "PhD")),
            Segment.named("everyone").where(Criteria.all()));
    static final LocalDate DATE = LocalDate.of(2014, 12, 31);
    static final AsOf AS_OF = AsOf.date(DATE);
    /** The customers explained: the file's first (wine 635) and second (wine 11) rows. */
    static final long[] EXPLAINED = {5524, 2174};

    final List<Customer> customers = BundledCustomers.load();
    final SegmentationResult result;
    final ProfileReport profiles;
    final ResponseReport responses;
    final AffinityReport affinity;
    final SegmentMovement movement;
    final List<Explanation> explanations = new ArrayList<>();

    BundledReport() {
        Segmenter<Customer> segmenter = Segmenter.builder(BundledCustomers.SCHEMA).addAll(SEGMENTS).asOf(DATE)
                .build();
        CustomerTable<Customer> table = CustomerTable.of(BundledCustomers.SCHEMA, customers);
        result = ColumnarSegmenter.of(segmenter).segment(table);
        profiles = Profiler.create().profile(table, result);
        responses = ResponseAnalysis.bySegment(result, Outcomes.of(customers.stream()
                .map(c -> Outcome.of(c.id(), true, c.responded())).toList()));
        List<Purchase> purchases = new ArrayList<>();
        customers.forEach(c -> c.bought().forEach(item -> purchases.add(new Purchase(c.id(), item))));
        affinity = AffinityAnalysis.withMinimumSupport(0.0).topN(6).analyse(result, purchases);
        movement = new SegmentMovement(List.of("active", "lapsed"), List.of("active", "lapsed", "(absent)"),
                List.of(List.of(700L, 250L, 50L), List.of(100L, 300L, 0L)));
        Explainer<Customer> explainer = Explainer.of(BundledCustomers.SCHEMA, SEGMENTS, AS_OF);
        for (long id : EXPLAINED) {
            Customer customer = customers.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
            explanations.add(explainer.explain(customer, "wine-lovers"));
        }
    }

    SegmentReport report() {
        return SegmentReport.builder().title("Customer Personality, December 2014")
                .description("marketing_campaign.csv")
                .profiles(profiles).responses(responses).movement(movement).affinity(affinity)
                .explanations(explanations).build();
    }
}
