package io.github.segmentkit.insight.explain;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.insight.CriterionLeaf;
import io.github.segmentkit.insight.internal.DerivedSegments;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.roaringbitmap.RoaringBitmap;

/**
 * Counts, per segment and leaf, the customers who miss the segment by exactly that one leaf. A leaf fails a customer
 * when it is not what the segment needs: not TRUE, or not FALSE for a leaf under an odd number of {@code not}s
 * ({@link CriterionLeaf#negated()}); UNKNOWN fails either way. A near miss is a non-member with exactly one failing
 * leaf: making that leaf pass would make them a member.
 *
 * <pre>{@code
 * NearMissReport misses = NearMisses.count(definition, table);
 * int almostYoung = misses.segment("young").total();
 * }</pre>
 *
 * <p>Every leaf of every segment is evaluated as a segment of its own, all in one columnar segmentation of the
 * table, and the counts are set operations on the member bitmaps. Stateless.
 */
public final class NearMisses {
    private NearMisses() {
    }

    /**
     * The near misses of every segment of {@code definition} in {@code table}.
     *
     * @throws io.github.segmentkit.api.DefinitionException when the definition is not valid for the table's schema
     */
    public static <T> NearMissReport count(SegmenterDefinition<T> definition, CustomerTable<T> table) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(table, "table");
        List<Segment> segments = definition.segments();
        List<List<CriterionLeaf>> leaves = new ArrayList<>();
        List<Criterion> passing = new ArrayList<>();
        for (Segment segment : segments) {
            List<CriterionLeaf> ofSegment = CriterionLeaf.leavesOf(segment.criterion());
            leaves.add(ofSegment);
            for (CriterionLeaf leaf : ofSegment) {
                // the customers for whom the leaf is what the segment needs
                passing.add(leaf.negated() ? Criteria.not(leaf.criterion()) : leaf.criterion());
            }
        }
        RoaringBitmap[] members = DerivedSegments.members(definition, table, passing);
        long rows = table.rowCount();
        List<SegmentNearMisses> report = new ArrayList<>();
        int next = segments.size();
        for (int s = 0; s < segments.size(); s++) {
            List<CriterionLeaf> ofSegment = leaves.get(s);
            RoaringBitmap[] failing = new RoaringBitmap[ofSegment.size()];
            RoaringBitmap atLeastOne = new RoaringBitmap();
            RoaringBitmap atLeastTwo = new RoaringBitmap();
            for (int l = 0; l < failing.length; l++) {
                failing[l] = RoaringBitmap.flip(members[next++], 0L, rows);
                atLeastTwo.or(RoaringBitmap.and(atLeastOne, failing[l]));
                atLeastOne.or(failing[l]);
            }
            RoaringBitmap nearMisses = RoaringBitmap.andNot(atLeastOne, atLeastTwo);
            nearMisses.andNot(members[s]);
            List<LeafNearMisses> counts = new ArrayList<>();
            for (int l = 0; l < failing.length; l++) {
                counts.add(new LeafNearMisses(ofSegment.get(l), RoaringBitmap.andCardinality(nearMisses,
                        failing[l])));
            }
            report.add(new SegmentNearMisses(segments.get(s).name(), members[s].getCardinality(), counts));
        }
        return new NearMissReport(report);
    }
}
