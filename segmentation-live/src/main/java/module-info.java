/**
 * Live segments: a population held in memory that accepts changes one customer at a time, tells listeners which
 * customers entered or left which segment, moves customers in and out of time-relative segments as the as-of clock
 * advances, and serves consistent snapshots to readers. Only {@code io.github.segmentkit.live} is exported.
 */
module io.github.segmentkit.live {
    requires transitive io.github.segmentkit.core;
    requires org.slf4j;
    requires roaringbitmap;

    exports io.github.segmentkit.live;
}
