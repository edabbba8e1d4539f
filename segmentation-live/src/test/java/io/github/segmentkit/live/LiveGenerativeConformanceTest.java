package io.github.segmentkit.live;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.conformance.GenerativeConformanceSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The live segmentation against the {@link ReferenceEvaluator} with the {@link GenerativeConformanceSuite}: each
 * population is reached through a live segmentation by a random route of upserts, updates, deletions and clock
 * moves from a scrambled start ({@link LiveReplay}), and the members must then be the reference's on the final data
 * as of the final time; on the way, the events must replay the first members into the last.
 */
class LiveGenerativeConformanceTest extends GenerativeConformanceSuite {
    @Override
    protected <T> Segmenter<T> segmenterFor(SegmenterDefinition<T> definition, int chunkRows) {
        return new LiveSegmenter<>(definition, chunkRows);
    }

    /** The counts of the result the suite has just asked for: one live run answers both (the suite's default). */
    @Override
    protected <T> int[] counts(Segmenter<T> segmenter, List<T> customers) {
        SegmentationResult result = ((LiveSegmenter<T>) segmenter).lastResult(customers);
        return segmenter.segments().stream().mapToInt(s -> result.count(s.name())).toArray();
    }

    @Override
    protected <T> List<Set<String>> segmentsOfEach(Segmenter<T> segmenter, List<T> customers) {
        return ((LiveSegmenter<T>) segmenter).replay(customers).segmentsOfEach(customers);
    }

    /** The conformance suite's view of a live segmentation: each call reaches its customers by a random route. */
    private static final class LiveSegmenter<T> implements Segmenter<T> {
        private final SegmenterDefinition<T> definition;
        private final int chunkRows;
        private List<T> lastCustomers;
        private SegmentationResult lastResult;

        LiveSegmenter(SegmenterDefinition<T> definition, int chunkRows) {
            this.definition = definition;
            this.chunkRows = chunkRows;
        }

        LiveReplay<T> replay(List<T> customers) {
            // a seed from the input, so that a failing try replays the same route
            return new LiveReplay<>(definition, chunkRows, 31L * customers.size() + definition.segments().hashCode());
        }

        @Override
        public CustomerSchema<T> schema() {
            return definition.schema();
        }

        @Override
        public List<Segment> segments() {
            return definition.segments();
        }

        @Override
        public SegmentationResult segment(Iterable<? extends T> customers) {
            List<T> list = new ArrayList<>();
            customers.forEach(list::add);
            long[] ids = list.stream().mapToLong(definition.schema()::id).toArray();
            List<String> names = definition.segments().stream().map(Segment::name).toList();
            lastCustomers = list;
            lastResult = new RowMembershipResult(ids, names, replay(list).segmentsOfEach(list));
            return lastResult;
        }

        /** The result of the last {@link #segment} call when it was for these customers, else a new one. */
        SegmentationResult lastResult(List<T> customers) {
            return customers.equals(lastCustomers) ? lastResult : segment(customers);
        }

        @Override
        public Set<String> segmentsOf(T customer) {
            return replay(List.of(customer)).segmentsOfEach(List.of(customer)).get(0);
        }
    }
}
