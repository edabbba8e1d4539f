/** Helpers shared by the packages of segmentation-insight; not exported, may change in any release. */
package io.github.segmentkit.insight.internal;
