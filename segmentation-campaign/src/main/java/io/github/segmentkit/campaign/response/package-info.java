/**
 * Response analysis: {@link io.github.segmentkit.campaign.response.ResponseAnalysis} measures the response per
 * segment or per campaign from {@link io.github.segmentkit.campaign.response.Outcomes}, with Wilson intervals
 * ({@link io.github.segmentkit.campaign.response.Proportion}), lift and a two-proportion z-test against the control
 * ({@link io.github.segmentkit.campaign.response.TwoProportionTest}) and Holm-adjusted p-values
 * ({@link io.github.segmentkit.campaign.response.Holm}).
 */
package io.github.segmentkit.campaign.response;
