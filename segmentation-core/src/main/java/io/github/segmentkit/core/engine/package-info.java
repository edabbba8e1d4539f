/**
 * The columnar engine, the public surface of {@code segmentation-core}: {@link ColumnarSegmenter} (found by
 * {@code Segmenter.builder(schema)…build()} through {@code ServiceLoader}), the pre-built {@link CustomerTable} it
 * segments as often as needed, and its {@link RoaringSegmentationResult}.
 *
 * <pre>{@code
 * ColumnarSegmenter<Customer> engine = ColumnarSegmenter.of(segmenter);
 * CustomerTable<Customer> table = engine.table(customers);
 * RoaringSegmentationResult result = engine.segment(table);
 * }</pre>
 *
 * <p>This is the only package the module exports. The steps behind it, {@code column} (the chunked, bit-sliced
 * store), {@code plan} (criteria compiled to word-at-a-time steps with shared sub-expressions) and {@code row} (one
 * customer evaluated without a table), are internal and may change in any release.
 */
package io.github.segmentkit.core.engine;
