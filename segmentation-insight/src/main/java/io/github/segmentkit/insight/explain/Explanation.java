package io.github.segmentkit.insight.explain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.api.Truth;
import io.github.segmentkit.insight.internal.Json;
import java.util.Objects;

/**
 * Why a customer is, or is not, in a segment: the segment's criterion tree with each node's truth and each leaf's
 * value, requirement and shortfall; made by {@link Explainer}. The customer is a member exactly when
 * {@link #truth()} is TRUE.
 *
 * <pre>{@code
 * Explanation why = explainer.explain(customer, "young");
 * why.isMember();
 * String text = why.toText();   // "segment young, customer 7: FALSE\n  age.between(25, 34): FALSE (age 23; needs 25–34: 2 below)\n"
 * }</pre>
 *
 * @param segment    the segment's name
 * @param customerId the customer's id
 * @param root       the explained criterion
 */
public record Explanation(String segment, long customerId, ExplainedNode root) {
    public Explanation {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(root, "root");
    }

    /** The truth of the segment's criterion for the customer. */
    public Truth truth() {
        return root.truth();
    }

    /** Whether the customer is a member: the criterion is TRUE. */
    public boolean isMember() {
        return root.truth().isTrue();
    }

    /** The tree as indented text, one node per line. */
    public String toText() {
        StringBuilder text = new StringBuilder("segment ").append(segment).append(", customer ").append(customerId)
                .append(": ").append(truth()).append('\n');
        root.appendText(text, 1);
        return text.toString();
    }

    /** The tree as JSON: {@code segment}, {@code customerId}, {@code truth} and the {@code criterion} tree. */
    public String toJson() {
        ObjectNode node = Json.object().put("segment", segment).put("customerId", customerId)
                .put("truth", truth().name());
        node.set("criterion", root.toJsonNode());
        return Json.write(node);
    }

    @Override
    public String toString() {
        return toText();
    }
}
