package io.github.segmentkit.core.engine;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.core.column.ColumnTable;
import io.github.segmentkit.core.plan.EvaluationPlan;
import java.lang.ref.WeakReference;
import java.util.List;

/**
 * The plan of a segmenter's last bulk run, reused when the next run is on the same table at the same as-of time
 * (re-segmenting a table, the main use): compiling 20 segments allocates some 16 KB, a hundred times and more the
 * counts a counts-only run returns. Tables are immutable, so the same table object means the same columns and
 * dictionaries. Held weakly, so that it never keeps a table the caller has dropped: it lasts until the next garbage
 * collection at most.
 *
 * <p>Thread-safe: a plan is immutable, and two runs racing to replace it each compile their own.
 */
final class PlanCache {
    private final List<Segment> segments;
    private volatile WeakReference<EvaluationPlan> last = new WeakReference<>(null);

    PlanCache(List<Segment> segments) {
        this.segments = segments;
    }

    /** The plan of the segments for {@code table} at {@code asOf}: the last one when it was compiled for the same. */
    EvaluationPlan planFor(ColumnTable<?> table, AsOf asOf) {
        EvaluationPlan plan = last.get();
        if (plan != null && plan.isFor(table, asOf)) {
            return plan;
        }
        plan = EvaluationPlan.compile(table, segments, asOf);
        last = new WeakReference<>(plan);
        return plan;
    }
}
