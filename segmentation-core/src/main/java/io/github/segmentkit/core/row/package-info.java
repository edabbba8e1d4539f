/**
 * Row-at-a-time evaluation, for segmenting one customer object ({@code Segmenter.segmentsOf(customer)},
 * {@code ColumnarSegmenter.classifyInto}, a live segmentation's changed customers) without building a table:
 * {@link io.github.segmentkit.core.row.SegmentPlan} reads every attribute once into the primitive slots of a
 * per-thread {@link io.github.segmentkit.core.row.RowContext}, evaluates each distinct leaf criterion (a
 * {@link io.github.segmentkit.core.row.RowPredicate}) once, and runs each segment's {@code and}/{@code or}/{@code not}
 * program over the leaves, segments referenced by {@code inSegment} first. The answers equal the columnar engine's
 * for the same customer.
 *
 * <p>Engine internals: public only for {@code core.engine} and the live module, not API, and may change in any
 * release.
 */
package io.github.segmentkit.core.row;
