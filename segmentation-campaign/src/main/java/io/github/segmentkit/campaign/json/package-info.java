/**
 * Campaign figures as JSON for reports and other tools ({@link io.github.segmentkit.campaign.json.CampaignJson}).
 */
package io.github.segmentkit.campaign.json;
