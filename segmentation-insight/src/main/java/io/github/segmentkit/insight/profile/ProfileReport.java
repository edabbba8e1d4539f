package io.github.segmentkit.insight.profile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.insight.internal.Json;
import java.util.List;
import java.util.Objects;

/**
 * Profiles of every segment against the population, and their overlaps; made by {@link Profiler}.
 *
 * <pre>{@code
 * ProfileReport report = Profiler.withTopValues(5).profile(table, result);
 * SegmentProfile young = report.segment("young");
 * double incomeIndex = young.numeric("income").orElseThrow().index();   // 100 = as the population
 * String json = report.toJson();
 * }</pre>
 *
 * @param customers  customers in the table
 * @param population the profile of every customer (its index is 100 wherever defined, its lift 1)
 * @param segments   one profile per segment, in declaration order
 * @param overlap    the overlap of every pair of segments
 */
public record ProfileReport(int customers, SegmentProfile population, List<SegmentProfile> segments,
        Overlap overlap) {
    /** The name the population's profile goes by. */
    public static final String POPULATION = "(all customers)";

    public ProfileReport {
        Objects.requireNonNull(population, "population");
        segments = List.copyOf(segments);
        Objects.requireNonNull(overlap, "overlap");
    }

    /**
     * The profile of {@code segment}.
     *
     * @throws IllegalArgumentException naming the segment and the profiled ones when it was not profiled
     */
    public SegmentProfile segment(String segment) {
        return segments.stream().filter(p -> p.segment().equals(segment)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no profile of segment '" + segment
                        + "'; profiled are " + segments.stream().map(SegmentProfile::segment).toList()));
    }

    /** The report as JSON: {@code customers}, {@code population}, {@code segments} and {@code overlap}. */
    public String toJson() {
        ObjectNode root = Json.object().put("customers", customers);
        root.set("population", population.toJsonNode());
        ArrayNode list = root.putArray("segments");
        segments.forEach(p -> list.add(p.toJsonNode()));
        root.set("overlap", overlap.toJsonNode());
        return Json.write(root);
    }
}
