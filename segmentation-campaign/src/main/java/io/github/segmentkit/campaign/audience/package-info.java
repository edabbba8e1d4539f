/**
 * Campaign audiences: the {@link io.github.segmentkit.campaign.audience.AudiencePlanner} turns a segmentation run
 * and a playbook into one {@link io.github.segmentkit.campaign.audience.CampaignAudience} per campaign (audience,
 * control group and suppressed counts by reason, which always add up to the eligible customers), and
 * {@link io.github.segmentkit.campaign.audience.AudienceSegmentation} hands them to segmentation-io's writers.
 */
package io.github.segmentkit.campaign.audience;
