/**
 * The in-memory columnar engine. Only {@code io.github.segmentkit.core.engine} is exported; the column store, the
 * plan compiler and the row evaluator behind it are internal.
 */
@SuppressWarnings("module")   // the qualified export names a module compiled after this one
module io.github.segmentkit.core {
    requires transitive io.github.segmentkit.api;
    // RoaringSegmentationResult hands out RoaringBitmaps for set algebra: part of this module's API
    requires transitive roaringbitmap;
    // the row path's generated classes (core.row.RowKernelGenerator); nothing of ASM is in this module's API
    requires org.objectweb.asm;

    exports io.github.segmentkit.core.engine;
    // one customer evaluated on its own, at any as-of time: what the live segmentation does after each change
    exports io.github.segmentkit.core.row to io.github.segmentkit.live;
    // a task the joining thread can run itself: the live segmentation's table merges, which run under its writer lock
    exports io.github.segmentkit.core.concurrent to io.github.segmentkit.live;

    provides io.github.segmentkit.api.spi.SegmenterProvider with io.github.segmentkit.core.CoreSegmenterProvider;
}
