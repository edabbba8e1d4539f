package io.github.segmentkit.api.result;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.internal.SafeText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many customers were segmented, how many belong to each segment and how many to none, as of one moment: what a
 * backend returns when only counts leave it (a database, a Spark cluster). Every customer is accounted for: each is
 * counted in {@link #customerCount()}, and in {@link #unsegmentedCount()} when no segment holds it.
 *
 * <pre>{@code
 * SegmentCounts counts = new SegmentCounts(AsOf.date(LocalDate.of(2024, 3, 31)), 10,
 *         Map.of("adults", 7L), 3);
 * long adults = counts.count("adults");        // 7
 * long nowhere = counts.unsegmentedCount();    // 3
 * }</pre>
 *
 * @param asOf             the moment relative dates were evaluated at
 * @param customerCount    the number of customers segmented
 * @param counts           the member count of each segment, in declaration order (a copy is kept)
 * @param unsegmentedCount the number of customers in no segment
 */
public record SegmentCounts(AsOf asOf, long customerCount, Map<String, Long> counts, long unsegmentedCount) {
    public SegmentCounts {
        Objects.requireNonNull(asOf, "asOf");
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(counts, "counts")));
        if (customerCount < 0 || unsegmentedCount < 0 || unsegmentedCount > customerCount) {
            throw new IllegalArgumentException("customer count " + customerCount + " and unsegmented count "
                    + unsegmentedCount + " do not fit together");
        }
        counts.forEach((segment, count) -> {
            if (count == null || count < 0 || count > customerCount) {
                throw new IllegalArgumentException(SafeText.escapeControls("segment '" + segment + "' cannot have "
                        + count + " members among " + customerCount + " customers"));
            }
        });
    }

    /**
     * The member count of {@code segment}.
     *
     * @throws IllegalArgumentException naming the segment when no segment has this name
     */
    public long count(String segment) {
        Long count = counts.get(segment);
        if (count == null) {
            throw new IllegalArgumentException(SafeText.escapeControls("no segment named '" + segment + "'; segments: "
                    + counts.keySet()));
        }
        return count;
    }
}
