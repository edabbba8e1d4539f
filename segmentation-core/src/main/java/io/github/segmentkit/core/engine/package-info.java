/**
 * The columnar engine: {@link io.github.segmentkit.core.engine.ColumnarSegmenter}, found by
 * {@code Segmenter.builder(schema)…build()} through {@link io.github.segmentkit.core.CoreSegmenterProvider}, which
 * also segments a pre-built {@link io.github.segmentkit.core.column.CustomerTable} as often as needed.
 *
 * <pre>{@code
 * ColumnarSegmenter<Customer> engine = ColumnarSegmenter.of(segmenter);
 * RoaringSegmentationResult result = engine.segment(engine.table(customers));
 * }</pre>
 */
package io.github.segmentkit.core.engine;
