package io.github.segmentkit.spark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The member count of every segment of one Spark run, with the number of customers and of those in no segment.
 *
 * <pre>{@code
 * SegmentCounts counts = segmenter.counts(customers);
 * counts.count("lapsed");        // members of "lapsed"
 * counts.unsegmented();          // customers in no segment
 * }</pre>
 *
 * @param customers   the number of rows segmented
 * @param counts      the member count of each segment, in declaration order
 * @param unsegmented the number of rows in no segment
 */
public record SegmentCounts(long customers, Map<String, Long> counts, long unsegmented) {
    public SegmentCounts {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(counts, "counts")));
    }

    /** The member count of {@code segment}. */
    public long count(String segment) {
        Long count = counts.get(segment);
        if (count == null) {
            throw new IllegalArgumentException("no segment named '" + segment + "'; segments: " + counts.keySet());
        }
        return count;
    }
}
