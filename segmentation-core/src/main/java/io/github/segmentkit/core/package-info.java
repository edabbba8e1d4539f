/**
 * The in-memory columnar engine of {@code segmentation-core}, registered with {@link java.util.ServiceLoader} as
 * {@link io.github.segmentkit.core.CoreSegmenterProvider} (engine name {@code "core"}), so that
 * {@code Segmenter.builder(schema)...build()} finds it without the user naming any type of this module.
 *
 * <p>The module's packages, in the order data flows through them:
 * <ul>
 *   <li>{@code core.column} (internal): customers read once into an immutable, chunked columnar table, each column
 *       in the narrowest exact encoding;</li>
 *   <li>{@code core.plan} (internal): the segments compiled against one table into steps that write TRUE and
 *       UNKNOWN bitmaps per chunk, sub-expressions shared;</li>
 *   <li>{@code core.engine} (API, the only exported package): {@link io.github.segmentkit.core.engine.ColumnarSegmenter},
 *       which runs the plan over the chunks in parallel and segments a pre-built
 *       {@link io.github.segmentkit.core.engine.CustomerTable} as often as needed, and the result as compressed
 *       bitmaps of member rows, {@link io.github.segmentkit.core.engine.RoaringSegmentationResult};</li>
 *   <li>{@code core.row} (internal): the same criteria compiled for one customer object at a time, for
 *       {@code segmentsOf(customer)};</li>
 *   <li>{@code core.concurrent} (internal): a task that the thread needing its result runs itself when no pool
 *       thread has started it, for the table builds that run on several threads.</li>
 * </ul>
 * Types of the internal packages are public only so that the engine's packages can reach each other; the module does
 * not export them, and they may change in any release. Every answer is the {@code ReferenceEvaluator}'s of {@code segmentation-testing}:
 * property tests compare them on random schemas, data and criteria.
 */
package io.github.segmentkit.core;
