/**
 * Hold-out control groups drawn by a keyed hash of the customer id
 * ({@link io.github.segmentkit.campaign.holdout.HoldOut}): reproducible and stable for a customer across runs.
 */
package io.github.segmentkit.campaign.holdout;
