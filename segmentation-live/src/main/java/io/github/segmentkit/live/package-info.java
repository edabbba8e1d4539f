/**
 * Live segments. A {@link io.github.segmentkit.live.LiveSegmentation} holds a population and its segments'
 * members, accepts upserts, deletions and one-customer updates, re-evaluates only the changed customer, and sends
 * {@link io.github.segmentkit.live.SegmentEvent}s (entered / exited) to subscribed
 * {@link io.github.segmentkit.live.SegmentListener}s. Advancing its as-of clock moves customers in and out of
 * time-relative segments ({@code withinDays}, {@code beforeDaysAgo}, {@code afterDaysAgo}) by looking only at the
 * customers whose dates cross a bound. Readers take a {@link io.github.segmentkit.live.LiveSnapshot}: one
 * consistent state, never half a change. {@link io.github.segmentkit.live.Purchase}s are folded into their customer
 * by the user's {@link io.github.segmentkit.live.PurchaseFold}; a fitted classifier labels changed customers with
 * its fit held until an explicit refit; segments can be added and removed while live, with their events.
 *
 * <pre>{@code
 * try (LiveSegmentation<Customer> live = LiveSegmentation.builder(schema).add(lapsed).asOf(today).build(customers)) {
 *     live.subscribe(event -> crm.notify(event));
 *     live.upsert(customerWhoJustBought);
 *     live.advanceDays(1);
 *     int lapsedCount = live.snapshot().count("lapsed");
 * }
 * }</pre>
 */
package io.github.segmentkit.live;
