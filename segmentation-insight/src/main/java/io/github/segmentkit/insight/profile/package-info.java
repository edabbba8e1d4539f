/**
 * Describe segments: {@link io.github.segmentkit.insight.profile.Profiler} reads each column of the table once for
 * every segment and returns a {@link io.github.segmentkit.insight.profile.ProfileReport} of sizes, shares, numeric
 * summaries with exact quartiles and index against the population, top values with share and lift, missing counts
 * and the overlap (counts and Jaccard) of every pair of segments.
 */
package io.github.segmentkit.insight.profile;
