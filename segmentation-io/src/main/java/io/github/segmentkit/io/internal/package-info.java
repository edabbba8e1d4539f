/**
 * Plumbing shared by the I/O packages and not part of the API (the module does not export it).
 *
 * <pre>{@code
 * try (JdbcTransaction transaction = JdbcTransaction.begin(dataSource)) {
 *     transaction.commit();
 * }
 * }</pre>
 */
package io.github.segmentkit.io.internal;
