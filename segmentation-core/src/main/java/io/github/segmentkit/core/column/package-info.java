/**
 * Internal: the column store behind {@code core.engine.CustomerTable}: {@link io.github.segmentkit.core.column.ColumnTable},
 * its columns, chunks and encodings. Not exported by the module; may change in any release.
 *
 * <p>A table is cut into chunks of a power-of-two number of rows. Within a chunk every column is stored in the
 * narrowest form that holds it exactly: whole numbers, epoch days, dictionary codes and the order-preserving keys
 * of doubles as {@code value − min}, bit-sliced in as few bits as the chunk's spread needs (or as plain longs past 32 bits,
 * see {@link io.github.segmentkit.core.column.PackedLongs});
 * instants as packed seconds plus packed nanoseconds; flags and tags as bitmaps; points as two arrays of degrees;
 * and a bitmap of missing values. Chunks are immutable, so derived tables (appended rows, a replaced row) share
 * every chunk they do not change.
 *
 * <p>Types are public so that the plan compiler in {@code core.plan} and the engine in {@code core.engine} can read
 * them; users reach the table through {@code CustomerTable}.
 */
package io.github.segmentkit.core.column;
