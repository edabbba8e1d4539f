/**
 * The conformance suite every segmentation engine runs:
 * {@link io.github.segmentkit.testing.conformance.SegmenterConformanceSuite}, every criterion kind on a few
 * hand-made customers whose expected members were worked out by hand from the documented semantics (SQL
 * three-valued logic, NaN as missing, inclusive bounds, exact strings in any script, haversine radii across the
 * antimeridian). An engine's test extends it and names the engine; the suite then checks the bulk run, one
 * customer at a time and the {@code ReferenceEvaluator} against the same expectations.
 */
package io.github.segmentkit.testing.conformance;
