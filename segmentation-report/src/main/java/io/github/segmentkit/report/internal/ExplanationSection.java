package io.github.segmentkit.report.internal;

import io.github.segmentkit.api.Truth;
import io.github.segmentkit.insight.explain.ExplainedNode;
import io.github.segmentkit.insight.explain.Explanation;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sample of explanations: for each, the customer, the segment and the verdict, then the criterion tree with each
 * node's truth (as a word and a colour), each leaf's value, what it needs and how far a failed comparison is.
 */
public final class ExplanationSection implements Section {
    private final List<Explanation> explanations;

    /** The trees of {@code explanations}. */
    public ExplanationSection(List<Explanation> explanations) {
        this.explanations = List.copyOf(Objects.requireNonNull(explanations, "explanations"));
    }

    @Override
    public String id() {
        return "explanations";
    }

    @Override
    public String title() {
        return "Why (not) in a segment: a sample";
    }

    @Override
    public void render(Markup html) {
        html.element("p", "Each tree is a segment's criterion for one customer: every node's truth (TRUE, FALSE, or "
                + "UNKNOWN when a value is missing), the customer's value and what the criterion needs.");
        html.open("div", "class", "cards");
        for (Explanation explanation : explanations) {
            html.open("div", "class", "card explanation", "data-segment", explanation.segment(), "data-customer",
                    String.valueOf(explanation.customerId()));
            html.open("h3").text("customer " + explanation.customerId() + " in ").element("q", explanation.segment())
                    .text(": ").element("span", explanation.isMember() ? "member" : "not a member",
                            "class", truthClass(explanation.truth()))
                    .close("h3");
            html.open("ul", "class", "tree");
            node(html, explanation.root());
            html.close("ul").close("div").newline();
        }
        html.close("div");
    }

    private static void node(Markup html, ExplainedNode node) {
        html.open("li").element("span", node.truth().name(), "class", truthClass(node.truth())).text(" ")
                .element("code", label(node));
        StringBuilder detail = new StringBuilder();
        if (node.value() != null) {
            detail.append(node.value());
        }
        if (node.requirement() != null) {
            detail.append(detail.length() > 0 ? "; needs " : "needs ").append(node.requirement());
        }
        if (node.shortfall() != null) {
            detail.append(": ").append(node.shortfall());
        }
        if (detail.length() > 0) {
            html.text(" ").element("span", detail.toString(), "class", "detail");
        }
        if (!node.children().isEmpty()) {
            html.open("ul");
            node.children().forEach(child -> node(html, child));
            html.close("ul");
        }
        html.close("li");
    }

    /** A connective by its name ({@code and}, {@code or}, {@code not}), any other node in its DSL form. */
    private static String label(ExplainedNode node) {
        String dsl = node.criterion().toString();
        boolean connective = !node.children().isEmpty() && node.value() == null && node.requirement() == null;
        int open = dsl.indexOf('(');
        return connective && open > 0 ? dsl.substring(0, open) : dsl;
    }

    private static String truthClass(Truth truth) {
        return "truth " + truth.name().toLowerCase(Locale.ROOT);
    }
}
