/**
 * Two runs compared, exactly, on bitmaps of customer ids: a {@link io.github.segmentkit.io.snapshot.MembershipSnapshot}
 * is taken of a segmentation result or read back from a membership file or table
 * ({@link io.github.segmentkit.io.snapshot.SnapshotReader}); {@link io.github.segmentkit.io.snapshot.SnapshotDiff}
 * says who entered and who exited each segment; {@link io.github.segmentkit.io.snapshot.MigrationMatrix} says where
 * each customer of an exclusive segmentation went, with explicit rows and columns for the unsegmented and for
 * customers only one run knows, so that its totals are the populations.
 *
 * <pre>{@code
 * SnapshotReader reader = SnapshotReader.create().withUnsegmentedLabel("(unsegmented)");
 * MembershipSnapshot before = reader.readCsv(exportDirectory.resolve("march.csv"));
 * MembershipSnapshot after = MembershipSnapshot.of(aprilResult);
 * SnapshotDiff diff = SnapshotDiff.between(before, after);
 * MigrationMatrix moves = MigrationMatrix.between(before, after);
 * }</pre>
 */
package io.github.segmentkit.io.snapshot;
