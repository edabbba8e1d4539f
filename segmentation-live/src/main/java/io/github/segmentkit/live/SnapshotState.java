package io.github.segmentkit.live;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * Everything a live snapshot file holds, by slot: the customer of each slot (deleted ones included, as the live
 * segmentation keeps them), which slots hold a live customer, the members of each segment, the last event's
 * sequence number and the as-of clock. Captured under the writer lock, written or read outside it.
 *
 * @param schema    the schema customers are read with
 * @param segments  the segments, in order
 * @param customers the customer of each slot
 * @param ids       the customer id of each slot
 * @param alive     the slots of live (not deleted) customers
 * @param members   the slots of each segment's members, by segment index
 * @param sequence  the last event's sequence number; 0 before the first event
 * @param hasClock  whether the live segmentation has an as-of clock
 * @param asOf      the as-of instant (meaningless without a clock)
 * @param zone      the zone dates are compared in
 */
record SnapshotState<T>(CustomerSchema<T> schema, List<Segment> segments, List<T> customers, long[] ids,
        RoaringBitmap alive, RoaringBitmap[] members, long sequence, boolean hasClock, Instant asOf, ZoneId zone) {
}
