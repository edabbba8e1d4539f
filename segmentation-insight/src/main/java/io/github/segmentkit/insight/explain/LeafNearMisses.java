package io.github.segmentkit.insight.explain;

import io.github.segmentkit.insight.CriterionLeaf;
import java.util.Objects;

/**
 * How many non-members of a segment fail one leaf and no other.
 *
 * @param leaf      the leaf
 * @param customers non-members whose only failing leaf this is
 */
public record LeafNearMisses(CriterionLeaf leaf, int customers) {
    public LeafNearMisses {
        Objects.requireNonNull(leaf, "leaf");
    }
}
