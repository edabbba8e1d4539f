/**
 * Insight into segments. This package holds what the analyses share: the {@link io.github.segmentkit.insight.CriterionLeaf
 * leaves} of a criterion that explanations, near misses and what-if sweeps refer to. The analyses live in
 * {@code profile} (describe), {@code explain} and {@code whatif} (explain and refine) and {@code affinity}
 * (recommend).
 */
package io.github.segmentkit.insight;
