/**
 * The columnar customer table: {@link io.github.segmentkit.core.column.ColumnTable} and, as engine internals,
 * its columns, chunks and encodings.
 *
 * <p>A table is cut into chunks of a power-of-two number of rows. Within a chunk every column is stored in the
 * narrowest form that holds it exactly: whole numbers, epoch days, dictionary codes and the order-preserving keys
 * of doubles as {@code value − min}, bit-sliced in as few bits as the chunk's spread needs (or as plain longs past 32 bits,
 * see {@link io.github.segmentkit.core.column.PackedLongs});
 * instants as packed seconds plus packed nanoseconds; flags and tags as bitmaps; points as two arrays of degrees;
 * and a bitmap of missing values. Chunks are immutable, so derived tables (appended rows, a replaced row) share
 * every chunk they do not change.
 *
 * <pre>{@code
 * ColumnTable<Customer> table = ColumnTable.of(schema, customers);
 * ColumnTable<Customer> next = table.withAppended(moreCustomers);
 * }</pre>
 *
 * <p>Only {@code ColumnTable} is meant for users; the other public types are public so that the plan compiler
 * in {@code core.plan} can read them, and may change without notice.
 */
package io.github.segmentkit.core.column;
