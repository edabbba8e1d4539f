/**
 * Segment movement between two runs, summarised for reports
 * ({@link io.github.segmentkit.campaign.movement.SegmentMovement}, from segmentation-io's migration matrix).
 */
package io.github.segmentkit.campaign.movement;
