/**
 * Why (or why not) a customer is in a segment, leaf by leaf, and how many non-members miss a segment by exactly one
 * leaf.
 */
package io.github.segmentkit.insight.explain;
