package io.github.segmentkit.spark;

import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentCounts;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.testing.conformance.GenerativeConformanceSuite;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Spark against the {@link io.github.segmentkit.testing.ReferenceEvaluator} on random customers, schemas and
 * segments (missing values, NaN and NULL doubles, infinities, {@code Long.MIN_VALUE}, duplicate tags, poles and the
 * antimeridian, nanosecond criteria constants): identical members, counts by the separate aggregation path, and
 * segments of each customer. Each try costs Spark jobs, so the tries are half of the suite's unless
 * {@code -Dsegmentkit.spark.triesDivisor=1} ({@link ScaledTries}).
 */
@AddLifecycleHook(ScaledTries.class)
class SparkGenerativeConformanceIT extends GenerativeConformanceSuite {
    @Override
    protected <T> Segmenter<T> segmenterFor(SegmenterDefinition<T> definition, int chunkRows) {
        return new SparkBackedSegmenter<>(definition);
    }

    /** Counted by {@link SparkSegmenter#counts}, one aggregation, not from the collected flags. */
    @Override
    protected <T> int[] counts(Segmenter<T> segmenter, List<T> customers) {
        SparkBackedSegmenter<T> spark = (SparkBackedSegmenter<T>) segmenter;
        SegmentCounts counts = spark.spark().counts(spark.frame(customers));
        return segmenter.segments().stream().mapToInt(s -> Math.toIntExact(counts.count(s.name()))).toArray();
    }

    /** All customers in one DataFrame, one job: each row is still evaluated on its own. */
    @Override
    protected <T> List<Set<String>> segmentsOfEach(Segmenter<T> segmenter, List<T> customers) {
        SegmentationResult result = segmenter.segment(customers);
        return java.util.stream.IntStream.range(0, customers.size()).mapToObj(result::segmentsOfRow).toList();
    }

    /** Spark timestamps are microseconds. */
    @Override
    protected Instant storedInstant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** One table size per try is a Spark job; sizes around one chunk still cover the empty and one-row frames. */
    @Override
    protected List<Integer> chunkSizes() {
        return List.of(64);
    }
}
