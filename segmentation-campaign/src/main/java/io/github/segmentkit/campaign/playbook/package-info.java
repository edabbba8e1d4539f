/**
 * Playbooks: the {@link io.github.segmentkit.campaign.playbook.Action} (campaign, channel, message template, offer)
 * attached to a segment with a priority ({@link io.github.segmentkit.campaign.playbook.Play}), collected in a
 * {@link io.github.segmentkit.campaign.playbook.Playbook}, built in Java or read from JSON by
 * {@link io.github.segmentkit.campaign.playbook.PlaybookJson}.
 */
package io.github.segmentkit.campaign.playbook;
