/**
 * Customers from a database: {@link io.github.segmentkit.io.jdbc.JdbcCustomerLoader} reads a table or a query
 * ({@link io.github.segmentkit.io.jdbc.JdbcSource}) from any {@code DataSource} with the same
 * {@code CustomerMapping} as a CSV file, streamed with a fetch size, optionally only the rows changed since a moment,
 * strict or lenient with the same rejects report as every loader.
 *
 * <pre>{@code
 * JdbcCustomerLoader loader = JdbcCustomerLoader.builder(mapping).build();
 * JdbcSource changed = JdbcSource.table("customers").changedSince("updated_at",
 *         LocalDateTime.of(2024, 3, 1, 0, 0));
 * LoadReport report = loader.load(dataSource, changed, customers::add);
 * }</pre>
 */
package io.github.segmentkit.io.jdbc;
