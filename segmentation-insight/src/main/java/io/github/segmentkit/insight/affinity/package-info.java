/** Recommend: the products or categories each segment buys more often than the population does. */
package io.github.segmentkit.insight.affinity;
