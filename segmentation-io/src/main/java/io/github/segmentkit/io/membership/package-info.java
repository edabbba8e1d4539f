/**
 * Memberships out of a segmentation run: {@link io.github.segmentkit.io.membership.MembershipRows} gives a run's
 * rows ({@code customer_id, segment}) in one fixed order, to a callback, to a database table replaced atomically
 * ({@link io.github.segmentkit.io.membership.JdbcMembershipWriter}) or to CSV
 * ({@link io.github.segmentkit.io.membership.MembershipCsv}); {@link io.github.segmentkit.io.membership.TargetList}
 * exports one segment's members with chosen attributes.
 *
 * <p>Customers in no segment have no membership row unless the rows are given an unsegmented label, in which case
 * each has exactly one row under it, and the rows name every customer of the run.
 *
 * <pre>{@code
 * MembershipRows rows = MembershipRows.of(result).withUnsegmentedAs("(unsegmented)");
 * JdbcMembershipWriter.to(dataSource, MembershipTable.named("segment_membership")).replace(rows, asOf);
 * MembershipCsv.write(rows, asOf, exportDirectory.resolve("memberships.csv"));
 * }</pre>
 */
package io.github.segmentkit.io.membership;
