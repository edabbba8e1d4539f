package io.github.segmentkit.core.row;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.core.result.BitSetSegmentationResult;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A segmenter that evaluates compiled criteria one customer at a time: correct for every criterion and cheap to
 * build, the baseline the columnar engine is measured against. Immutable and thread-safe.
 *
 * @param <T> the customer type
 */
public final class RowSegmenter<T> implements Segmenter<T> {
    private final SegmenterDefinition<T> definition;
    private final SegmentPlan<T> plan;

    public RowSegmenter(SegmenterDefinition<T> definition) {
        this.definition = definition;
        this.plan = new SegmentPlan<>(definition.schema(), definition.segments());
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
        int segmentCount = plan.size();
        RowContext context = new RowContext(definition.asOf(), segmentCount);
        BitSet[] members = new BitSet[segmentCount];
        Arrays.setAll(members, i -> new BitSet());
        boolean[] memberships = new boolean[segmentCount];
        long[] ids = new long[1024];
        int row = 0;
        for (T customer : customers) {
            plan.evaluate(customer, row, context, memberships);
            for (int s = 0; s < segmentCount; s++) {
                if (memberships[s]) {
                    members[s].set(row);
                }
            }
            if (row == ids.length) {
                ids = Arrays.copyOf(ids, Math.addExact(ids.length, ids.length >> 1));
            }
            ids[row] = plan.customerId(customer, row);
            row++;
        }
        return new BitSetSegmentationResult(Arrays.copyOf(ids, row),
                plan.segments().stream().map(Segment::name).toList(), members);
    }

    @Override
    public Set<String> classify(T customer) {
        boolean[] memberships = new boolean[plan.size()];
        plan.evaluate(customer, 0, new RowContext(definition.asOf(), plan.size()), memberships);
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < memberships.length; i++) {
            if (memberships[i]) {
                names.add(plan.segments().get(i).name());
            }
        }
        return Collections.unmodifiableSet(names);
    }
}
