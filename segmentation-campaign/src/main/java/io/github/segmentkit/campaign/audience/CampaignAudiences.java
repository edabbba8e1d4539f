package io.github.segmentkit.campaign.audience;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The audiences of every campaign of a playbook, in priority order. Each customer is in at most one campaign, in its
 * audience or its control group; the constructor refuses anything else.
 *
 * <pre>{@code
 * CampaignAudiences audiences = AudiencePlanner.of(playbook).holdOut(HoldOut.of("spring-2024", 0.10)).plan(result);
 * for (CampaignAudience campaign : audiences.campaigns()) {
 *     log.info("{}: {} to contact, {} held out", campaign.campaign(), campaign.audience().size(),
 *             campaign.control().size());
 * }
 * }</pre>
 *
 * @param campaigns the campaigns, by priority (highest first)
 */
public record CampaignAudiences(List<CampaignAudience> campaigns) {
    public CampaignAudiences {
        campaigns = List.copyOf(Objects.requireNonNull(campaigns, "campaigns"));
        requireOneCampaignPerCustomer(campaigns);
    }

    /**
     * The campaign named {@code name}.
     *
     * @throws IllegalArgumentException naming the campaign and the known ones when there is none of that name
     */
    public CampaignAudience campaign(String name) {
        Objects.requireNonNull(name, "name");
        return campaigns.stream().filter(c -> c.campaign().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no campaign named '" + name + "'; the campaigns are "
                        + campaignNames()));
    }

    /** The campaigns' names, by priority. */
    public List<String> campaignNames() {
        return campaigns.stream().map(CampaignAudience::campaign).toList();
    }

    private static void requireOneCampaignPerCustomer(List<CampaignAudience> campaigns) {
        List<String> owners = new ArrayList<>();
        long[][] sets = new long[campaigns.size() * 2][];
        for (int i = 0; i < campaigns.size(); i++) {
            sets[2 * i] = campaigns.get(i).audience().toArray();
            sets[2 * i + 1] = campaigns.get(i).control().toArray();
            owners.add(campaigns.get(i).campaign());
        }
        long[] all = Arrays.stream(sets).flatMapToLong(Arrays::stream).sorted().toArray();
        for (int i = 1; i < all.length; i++) {
            if (all[i] == all[i - 1]) {
                long id = all[i];
                List<String> holders = new ArrayList<>();
                for (CampaignAudience campaign : campaigns) {
                    if (campaign.audience().contains(id) || campaign.control().contains(id)) {
                        holders.add(campaign.campaign());
                    }
                }
                throw new IllegalArgumentException("customer " + id + " is in more than one campaign: " + holders
                        + "; a customer belongs to one campaign at most");
            }
        }
        if (owners.stream().distinct().count() != owners.size()) {
            throw new IllegalArgumentException("two campaigns share a name: " + owners);
        }
    }
}
