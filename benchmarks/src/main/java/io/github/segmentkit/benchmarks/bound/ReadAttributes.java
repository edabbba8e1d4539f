package io.github.segmentkit.benchmarks.bound;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.BooleanIs;
import io.github.segmentkit.api.criteria.CategoryIn;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import io.github.segmentkit.api.criteria.Presence;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.criteria.TagsMatch;
import io.github.segmentkit.api.criteria.WithinDistance;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The names of the attributes a list of segments reads: the columns any evaluation of them must touch at least once.
 * A segment referenced through {@code inSegment} is in the list itself, so its attributes are counted there.
 *
 * <pre>{@code
 * SortedSet<String> read = ReadAttributes.of(BenchSegments.ALL);
 * }</pre>
 */
public final class ReadAttributes extends CriterionVisitor.Default<Set<String>> {
    private static final ReadAttributes VISITOR = new ReadAttributes();

    private ReadAttributes() {
    }

    /** The attributes {@code segments} read, sorted by name. */
    public static SortedSet<String> of(Collection<Segment> segments) {
        SortedSet<String> names = new TreeSet<>();
        for (Segment segment : segments) {
            names.addAll(segment.criterion().accept(VISITOR));
        }
        return names;
    }

    @Override
    protected Set<String> defaultValue(Criterion criterion) {
        return Set.of();   // all, none, inSegment: no column of their own
    }

    @Override
    public Set<String> visitAnd(And and) {
        return union(and.operands());
    }

    @Override
    public Set<String> visitOr(Or or) {
        return union(or.operands());
    }

    @Override
    public Set<String> visitNot(Not not) {
        return not.operand().accept(this);
    }

    @Override
    public Set<String> visitComparison(Comparison<?> comparison) {
        return name(comparison.attribute());
    }

    @Override
    public Set<String> visitBetween(Between<?> between) {
        return name(between.attribute());
    }

    @Override
    public Set<String> visitCategoryIn(CategoryIn in) {
        return name(in.attribute());
    }

    @Override
    public Set<String> visitBooleanIs(BooleanIs booleanIs) {
        return name(booleanIs.attribute());
    }

    @Override
    public Set<String> visitTagsMatch(TagsMatch tagsMatch) {
        return name(tagsMatch.attribute());
    }

    @Override
    public Set<String> visitRelativeDate(RelativeDate relativeDate) {
        return name(relativeDate.attribute());
    }

    @Override
    public Set<String> visitWithinDistance(WithinDistance withinDistance) {
        return name(withinDistance.attribute());
    }

    @Override
    public Set<String> visitPresence(Presence presence) {
        return name(presence.attribute());
    }

    private Set<String> union(List<Criterion> operands) {
        Set<String> names = new TreeSet<>();
        for (Criterion operand : operands) {
            names.addAll(operand.accept(this));
        }
        return names;
    }

    private static Set<String> name(Attribute attribute) {
        return Set.of(attribute.name());
    }
}
