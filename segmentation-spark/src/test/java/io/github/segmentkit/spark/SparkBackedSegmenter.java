package io.github.segmentkit.spark;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@link Segmenter} the conformance suites test: each call turns the customers into a DataFrame
 * ({@link CustomerFrames}), runs {@link SparkSegmenter#flags} on the shared local[2] session and collects the
 * flags in row order.
 */
final class SparkBackedSegmenter<T> implements Segmenter<T> {
    private final SegmenterDefinition<T> definition;
    private final SparkSegmenter spark;

    SparkBackedSegmenter(SegmenterDefinition<T> definition) {
        this.definition = definition;
        this.spark = SparkSegmenter.builder(definition.schema().attributes()).addAll(definition.segments())
                .asOf(definition.asOf()).build();
    }

    SparkSegmenter spark() {
        return spark;
    }

    Dataset<Row> frame(List<? extends T> customers) {
        return CustomerFrames.of(LocalSpark.session(), definition.schema(), customers);
    }

    @Override
    public CustomerSchema<T> schema() {
        return definition.schema();
    }

    @Override
    public List<Segment> segments() {
        return definition.segments();
    }

    /** The last input and its result: the suite asks for the segments of each customer of a list it just segmented. */
    private Iterable<? extends T> lastInput;
    private SegmentationResult lastResult;

    @Override
    public SegmentationResult segment(Iterable<? extends T> customers) {
        if (customers == lastInput) {
            return lastResult;
        }
        lastResult = evaluate(customers);
        lastInput = customers;
        return lastResult;
    }

    private SegmentationResult evaluate(Iterable<? extends T> customers) {
        List<T> list = new ArrayList<>();
        customers.forEach(list::add);
        List<Row> rows = spark.flags(frame(list)).collectAsList();
        int segments = definition.segments().size();
        long[] ids = new long[rows.size()];
        boolean[][] flags = new boolean[rows.size()][segments];
        for (int r = 0; r < rows.size(); r++) {
            ids[r] = rows.get(r).getLong(0);
            for (int s = 0; s < segments; s++) {
                flags[r][s] = rows.get(r).getBoolean(s + 1);
            }
        }
        return new FlagsResult(ids, definition.segments().stream().map(Segment::name).toList(), flags);
    }

    @Override
    public Set<String> segmentsOf(T customer) {
        return new LinkedHashSet<>(segment(List.of(customer)).segmentsOfRow(0));
    }
}
