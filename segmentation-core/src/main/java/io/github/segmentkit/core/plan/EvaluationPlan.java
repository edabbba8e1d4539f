package io.github.segmentkit.core.plan;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.core.column.Bits;
import io.github.segmentkit.core.column.ColumnTable;
import java.util.List;

/**
 * Every segment of a segmenter compiled against one {@link ColumnTable} and one as-of time: a list of steps, each
 * writing the TRUE and UNKNOWN bitmaps of one slot for a chunk of rows, children before parents, shared
 * sub-expressions once. Running the plan on a chunk evaluates all segments while that chunk's columns are in cache.
 *
 * <pre>{@code
 * EvaluationPlan plan = EvaluationPlan.compile(table, segments, asOf);
 * Scratch scratch = plan.newScratch();
 * plan.evaluate(0, scratch);
 * long[] members = plan.members(scratch, 0);   // bitmap words of segment 0 in chunk 0
 * }</pre>
 *
 * <p>Semantics are the reference evaluator's: SQL three-valued logic, a missing value makes a comparison UNKNOWN,
 * membership only where TRUE. Immutable and thread-safe; each thread uses its own {@link Scratch}.
 */
public final class EvaluationPlan {
    private final ColumnTable<?> table;
    private final AsOf asOf;
    private final Step[] steps;
    private final int[] roots;

    private EvaluationPlan(ColumnTable<?> table, AsOf asOf, Step[] steps, int[] roots) {
        this.table = table;
        this.asOf = asOf;
        this.steps = steps;
        this.roots = roots;
    }

    /**
     * Compiles {@code segments} (already validated: known attributes, no cycles) for {@code table}.
     *
     * @throws IllegalArgumentException when a criterion names an attribute the table lacks or has with another kind
     */
    public static EvaluationPlan compile(ColumnTable<?> table, List<Segment> segments, AsOf asOf) {
        PlanCompiler compiler = new PlanCompiler(table, segments, asOf);
        int[] roots = new int[segments.size()];
        for (int i = 0; i < roots.length; i++) {
            roots[i] = compiler.root(segments.get(i).name());
        }
        return new EvaluationPlan(table, asOf, compiler.steps.toArray(new Step[0]), roots);
    }

    /**
     * Whether this plan was compiled for {@code table} (the same object: tables are immutable) at {@code asOf}, so
     * that it gives the answer compiling again would; the segments are the caller's to keep the same.
     */
    public boolean isFor(ColumnTable<?> table, AsOf asOf) {
        return this.table == table && this.asOf.equals(asOf);
    }

    /** The number of steps (distinct sub-expressions). */
    public int stepCount() {
        return steps.length;
    }

    /** Working bitmaps for one thread. */
    public Scratch newScratch() {
        return new Scratch(steps.length, table.chunkRows());
    }

    /**
     * Whether {@code scratch}, made by any plan, can serve this one: a slot for every step and the words of this
     * table's chunks. Every step writes its slot of a chunk before any step reads it, so what a scratch held before
     * never shows through.
     */
    public boolean fits(Scratch scratch) {
        return scratch.truth.length >= steps.length && scratch.words == Bits.words(table.chunkRows());
    }

    /** Runs every step on chunk {@code chunk} of the table. */
    public void evaluate(int chunk, Scratch scratch) {
        scratch.chunk = chunk;
        scratch.rows = table.rowsInChunk(chunk);
        for (Step step : steps) {
            step.run(scratch);
        }
    }

    /**
     * The members of segment {@code segment} (declaration index) in the chunk last evaluated, as bitmap words; only
     * the first {@code ⌈rows / 64⌉} words count, and bits past the chunk's last row may be set. Valid until the next
     * {@link #evaluate}.
     */
    public long[] members(Scratch scratch, int segment) {
        return scratch.truth[roots[segment]];
    }
}
