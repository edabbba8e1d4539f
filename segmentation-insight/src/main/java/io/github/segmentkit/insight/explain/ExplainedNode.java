package io.github.segmentkit.insight.explain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.api.Truth;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.insight.internal.Json;
import java.util.List;
import java.util.Objects;

/**
 * One node of an {@link Explanation}: a criterion node with its truth for the customer and, for a leaf, the
 * customer's value, what the leaf requires and how far a failed comparison is from passing.
 *
 * @param criterion   the node explained
 * @param truth       its truth for the customer (SQL three-valued logic)
 * @param value       the customer's value as text ({@code "missing"} when absent), or {@code null} for a node that
 *                    reads no attribute ({@code and}, {@code or}, {@code not}, constants, {@code inSegment})
 * @param requirement what the leaf requires, e.g. {@code "25–34"} or {@code ">= 18"}; {@code null} for
 *                    {@code and}, {@code or} and {@code not}
 * @param shortfall   for a FALSE comparison, how far the value is from passing, e.g. {@code "2 below"};
 *                    otherwise {@code null}
 * @param children    the operands of {@code and}, {@code or} and {@code not}; for {@code inSegment}, the
 *                    explanation of the referenced segment's criterion; empty for other leaves
 */
public record ExplainedNode(Criterion criterion, Truth truth, String value, String requirement, String shortfall,
        List<ExplainedNode> children) {
    public ExplainedNode {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(truth, "truth");
        children = List.copyOf(children);
    }

    /** Appends this node and its children, one line each, indented by depth. */
    void appendText(StringBuilder text, int depth) {
        text.append("  ".repeat(depth)).append(label()).append(": ").append(truth);
        if (value != null || requirement != null) {
            text.append(" (");
            if (value != null) {
                text.append(value);
            }
            if (requirement != null) {
                text.append(value != null ? "; needs " : "needs ").append(requirement);
            }
            if (shortfall != null) {
                text.append(": ").append(shortfall);
            }
            text.append(')');
        }
        text.append('\n');
        for (ExplainedNode child : children) {
            child.appendText(text, depth + 1);
        }
    }

    /** The node's own label: the connective's name, or the leaf in DSL form. */
    private String label() {
        if (children.isEmpty() || value != null || requirement != null) {
            return criterion.toString();
        }
        String dsl = criterion.toString();
        int open = dsl.indexOf('(');
        return open < 0 ? dsl : dsl.substring(0, open);
    }

    ObjectNode toJsonNode() {
        ObjectNode node = Json.object().put("criterion", label()).put("truth", truth.name());
        if (value != null) {
            node.put("value", value);
        }
        if (requirement != null) {
            node.put("requirement", requirement);
        }
        if (shortfall != null) {
            node.put("shortfall", shortfall);
        }
        if (!children.isEmpty()) {
            ArrayNode list = node.putArray("children");
            children.forEach(child -> list.add(child.toJsonNode()));
        }
        return node;
    }
}
