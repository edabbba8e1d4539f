/**
 * Customers in: column mappings ({@link io.github.segmentkit.io.CustomerMapping},
 * {@link io.github.segmentkit.io.ColumnMapping}), the generic {@link io.github.segmentkit.io.CustomerRecord} and its
 * schema, the text-to-value {@link io.github.segmentkit.io.CellConverter}, and what every loader shares: the
 * strict/lenient {@link io.github.segmentkit.io.ErrorMode}, {@link io.github.segmentkit.io.LoadLimits},
 * {@link io.github.segmentkit.io.LoadProgress}, {@link io.github.segmentkit.api.result.RejectedRow}s in a
 * {@link io.github.segmentkit.io.LoadReport}, and the {@link io.github.segmentkit.io.LoadTally} keeping the count.
 * The CSV loader is in {@code io.github.segmentkit.io.csv}.
 */
package io.github.segmentkit.io;

