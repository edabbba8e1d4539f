/**
 * The front door of SegmentKit: {@link io.github.segmentkit.api.Segment named segments}, the
 * {@link io.github.segmentkit.api.Segmenter} that puts customers into them, and the exceptions a caller meets.
 *
 * <p>How the parts fit: attributes ({@code api.attribute}) are typed constants; a
 * {@link io.github.segmentkit.api.schema.CustomerSchema} binds each to a function reading it from the user's own
 * customer class; criteria ({@code api.criteria}) are written against the attributes; a {@code Segment} names a
 * criterion; {@link io.github.segmentkit.api.Segmenter#builder} collects segments, validates them all at once
 * (throwing one {@link io.github.segmentkit.api.DefinitionException} that lists every
 * {@link io.github.segmentkit.api.Problem}) and hands them to the engine found on the class path
 * ({@code segmentation-core} registers one, see {@code api.spi}). Relative dates are evaluated as of the date or
 * clock given to the builder ({@link io.github.segmentkit.api.AsOf}), never the wall clock silently, and every
 * criterion follows SQL's three-valued logic ({@link io.github.segmentkit.api.Truth}).
 *
 * <pre>{@code
 * Segmenter<Customer> segmenter = Segmenter.builder(schema)
 *         .add(Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365)))
 *         .asOf(LocalDate.of(2024, 3, 31))
 *         .build();
 * Set<String> segments = segmenter.segmentsOf(customer);
 * }</pre>
 *
 * <p>Every exception thrown on purpose is a {@link io.github.segmentkit.api.SegmentKitException}, naming the
 * offending value and where it was found.
 */
package io.github.segmentkit.api;
