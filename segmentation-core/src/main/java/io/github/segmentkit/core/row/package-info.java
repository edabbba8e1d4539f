/**
 * Row-at-a-time evaluation, for segmenting one customer object ({@code Segmenter.segmentsOf(customer)}) without
 * building a table: {@link io.github.segmentkit.core.row.RowCompiler} compiles each criterion once into a tree of
 * {@link io.github.segmentkit.core.row.RowPredicate}s with the attribute bindings resolved (longs and doubles read
 * as primitives), and {@link io.github.segmentkit.core.row.SegmentPlan} orders the segments so that those referenced
 * by {@code inSegment} are evaluated first, their answers kept in a per-thread
 * {@link io.github.segmentkit.core.row.RowContext}. The answers equal the columnar engine's for the same customer.
 *
 * <p>Engine internals: public only for {@code core.engine}, not API, and may change in any release.
 */
package io.github.segmentkit.core.row;
