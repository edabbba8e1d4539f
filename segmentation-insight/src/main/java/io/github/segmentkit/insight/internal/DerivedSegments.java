package io.github.segmentkit.insight.internal;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.roaringbitmap.RoaringBitmap;

/**
 * Runs extra criteria beside a definition's segments in one segmentation of a table: the engine then evaluates every
 * variant of a segment (a leaf alone, the tree with a leaf made TRUE or FALSE) in the same pass over the columns,
 * with {@code inSegment} references to the original segments resolved as usual.
 *
 * <p>Internal: not exported.
 */
public final class DerivedSegments {
    private DerivedSegments() {
    }

    /**
     * The members of each original segment (in declaration order) followed by those of each extra criterion.
     *
     * @throws io.github.segmentkit.api.DefinitionException when an extra criterion is not valid for the schema
     */
    public static <T> RoaringBitmap[] members(SegmenterDefinition<T> definition, CustomerTable<T> table,
            List<Criterion> extras) {
        Set<String> taken = new HashSet<>();
        definition.segments().forEach(s -> taken.add(s.name()));
        List<Segment> all = new ArrayList<>(definition.segments());
        List<String> names = new ArrayList<>();
        definition.segments().forEach(s -> names.add(s.name()));
        for (int i = 0; i < extras.size(); i++) {
            String name = "insight-variant-" + i;
            while (!taken.add(name)) {
                name = "_" + name;   // never clash with a user's segment name
            }
            all.add(Segment.named(name).where(extras.get(i)));
            names.add(name);
        }
        SegmenterDefinition<T> derived = new SegmenterDefinition<>(definition.schema(), all,
                definition.asOfClock().orElse(null), definition.parallelism());
        RoaringSegmentationResult result = new ColumnarSegmenter<>(derived).segment(table);
        RoaringBitmap[] members = new RoaringBitmap[names.size()];
        for (int i = 0; i < members.length; i++) {
            members[i] = result.members(names.get(i));
        }
        return members;
    }
}
