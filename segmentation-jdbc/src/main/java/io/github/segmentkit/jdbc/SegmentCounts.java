package io.github.segmentkit.jdbc;

import io.github.segmentkit.api.AsOf;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many customers a table holds and how many belong to each segment, as of a moment, counted by the database.
 *
 * <pre>{@code
 * SegmentCounts counts = segmentation.counts(segments, asOf);
 * long adults = counts.count("adults");
 * long all = counts.customerCount();
 * }</pre>
 *
 * @param asOf          the moment relative dates were evaluated at
 * @param customerCount the number of rows of the table
 * @param counts        the member count of each segment, in declaration order
 */
public record SegmentCounts(AsOf asOf, long customerCount, Map<String, Long> counts) {
    public SegmentCounts {
        Objects.requireNonNull(asOf, "asOf");
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /**
     * The member count of {@code segment}.
     *
     * @throws IllegalArgumentException when no segment has this name
     */
    public long count(String segment) {
        Long count = counts.get(segment);
        if (count == null) {
            throw new IllegalArgumentException("no segment named '" + segment + "'; segments: " + counts.keySet());
        }
        return count;
    }
}
