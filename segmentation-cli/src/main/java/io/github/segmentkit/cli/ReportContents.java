package io.github.segmentkit.cli;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.AttributeBinding;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.campaign.movement.SegmentMovement;
import io.github.segmentkit.campaign.response.Outcome;
import io.github.segmentkit.campaign.response.Outcomes;
import io.github.segmentkit.campaign.response.ResponseAnalysis;
import io.github.segmentkit.campaign.response.ResponseReport;
import io.github.segmentkit.definitions.Definitions;
import io.github.segmentkit.insight.affinity.Purchase;
import io.github.segmentkit.insight.explain.Explainer;
import io.github.segmentkit.insight.explain.Explanation;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.snapshot.MembershipSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What {@code segmentkit report} derives from one run besides the profiles: the response from a yes/no attribute,
 * purchases from spend attributes, the movement between two dates and a sample of explanations.
 */
final class ReportContents {
    private ReportContents() {
    }

    /**
     * The response of each segment, every customer counted as contacted and as having responded when the yes/no
     * attribute {@code attribute} is true (a missing value: not contacted, left out of the rate).
     */
    static ResponseReport responses(Segmentation run, String attribute) {
        AttributeBinding<CustomerRecord> binding = binding(run.schema(), attribute, Set.of(AttributeKind.BOOLEAN),
                "--response");
        List<Outcome> outcomes = new ArrayList<>();
        for (CustomerRecord customer : run.loaded().customers()) {
            Object value = binding.read(customer);
            outcomes.add(Outcome.of(customer.id(), value != null, Boolean.TRUE.equals(value)));
        }
        return ResponseAnalysis.bySegment(run.result(), Outcomes.of(outcomes));
    }

    /** One purchase of item {@code a} for each customer whose numeric attribute {@code a} is above 0. */
    static List<Purchase> purchases(Segmentation run, List<String> attributes) {
        List<AttributeBinding<CustomerRecord>> bindings = new ArrayList<>();
        for (String attribute : attributes) {
            bindings.add(binding(run.schema(), attribute, Set.of(AttributeKind.LONG, AttributeKind.DOUBLE),
                    "--items"));
        }
        List<Purchase> purchases = new ArrayList<>();
        for (CustomerRecord customer : run.loaded().customers()) {
            for (AttributeBinding<CustomerRecord> binding : bindings) {
                Object value = binding.read(customer);
                if (value instanceof Number && ((Number) value).doubleValue() > 0) {
                    purchases.add(new Purchase(customer.id(), binding.attribute().name()));
                }
            }
        }
        return purchases;
    }

    /**
     * Where the customers moved between {@code from} and the run's as-of date, segmented both times by the exclusive
     * segments of {@code definitions}.
     *
     * @throws io.github.segmentkit.io.snapshot.NotExclusiveException when a customer is in two of its segments
     */
    static SegmentMovement movement(Segmentation run, Path definitions, LocalDate from) throws IOException {
        CsvFiles.requireFile(definitions, "movement definitions");
        List<Segment> segments = Definitions.read(definitions, run.schema().attributes()).segments();
        SegmentationResult before = segment(run, segments, from);
        SegmentationResult after = segment(run, segments, run.asOf());
        return SegmentMovement.between(MembershipSnapshot.of(before), MembershipSnapshot.of(after));
    }

    private static SegmentationResult segment(Segmentation run, List<Segment> segments, LocalDate asOf) {
        return Segmenter.builder(run.schema()).addAll(segments).asOf(asOf).build()
                .segment(run.loaded().customers());
    }

    /**
     * For each of the first {@code segments} segments, why its first member (in load order) is in it and why the
     * first other customer is not.
     */
    static List<Explanation> explanations(Segmentation run, int segments) {
        Explainer<CustomerRecord> explainer = Explainer.of(run.schema(), run.document().segments(),
                AsOf.date(run.asOf()));
        List<CustomerRecord> customers = run.loaded().customers();
        List<Explanation> sample = new ArrayList<>();
        List<String> names = run.result().segmentNames();
        for (String segment : names.subList(0, Math.min(segments, names.size()))) {
            for (boolean member : new boolean[] {true, false}) {
                for (int row = 0; row < customers.size(); row++) {
                    if (run.result().isMemberByRow(segment, row) == member) {
                        sample.add(explainer.explain(customers.get(row), segment));
                        break;
                    }
                }
            }
        }
        return sample;
    }

    private static AttributeBinding<CustomerRecord> binding(CustomerSchema<CustomerRecord> schema, String name,
            Set<AttributeKind> kinds, String option) {
        AttributeBinding<CustomerRecord> binding = schema.findBinding(name).orElseThrow(() ->
                new IllegalArgumentException(option + ": no attribute named '" + Console.safe(name)
                        + "' in the mapping; its attributes are " + names(schema, kinds)));
        if (!kinds.contains(binding.attribute().kind())) {
            throw new IllegalArgumentException(option + ": '" + Console.safe(name) + "' is a "
                    + binding.attribute().kind().label() + " attribute; it must be one of " + names(schema, kinds));
        }
        return binding;
    }

    private static List<String> names(CustomerSchema<CustomerRecord> schema, Set<AttributeKind> kinds) {
        return schema.attributes().stream().filter(a -> kinds.contains(a.kind())).map(a -> a.name()).toList();
    }
}
