package io.github.segmentkit.api.criteria;

/**
 * Walks a {@link Criterion} tree: one method per node type. The engine, the reference evaluator, printers and
 * validators are all visitors.
 *
 * <pre>{@code
 * int leaves = criterion.accept(new CriterionVisitor.Default<Integer>() {
 *     protected Integer defaultValue(Criterion leaf) { return 1; }
 *     public Integer visitAnd(And and) { return and.operands().stream().mapToInt(c -> c.accept(this)).sum(); }
 *     public Integer visitOr(Or or) { return or.operands().stream().mapToInt(c -> c.accept(this)).sum(); }
 *     public Integer visitNot(Not not) { return not.operand().accept(this); }
 * });
 * }</pre>
 *
 * @param <R> what each visit returns
 */
public interface CriterionVisitor<R> {
    R visitAll(All all);

    R visitNone(None none);

    R visitAnd(And and);

    R visitOr(Or or);

    R visitNot(Not not);

    R visitComparison(Comparison<?> comparison);

    R visitBetween(Between<?> between);

    R visitCategoryIn(CategoryIn in);

    R visitBooleanIs(BooleanIs booleanIs);

    R visitTagsMatch(TagsMatch tagsMatch);

    R visitRelativeDate(RelativeDate relativeDate);

    R visitWithinDistance(WithinDistance withinDistance);

    R visitPresence(Presence presence);

    R visitInSegment(InSegment inSegment);

    /**
     * A visitor that answers {@link #defaultValue} for every node it does not override.
     *
     * @param <R> what each visit returns
     */
    abstract class Default<R> implements CriterionVisitor<R> {
        /** For subclasses. */
        protected Default() {
        }

        /** The answer for a node whose method is not overridden. */
        protected abstract R defaultValue(Criterion criterion);

        @Override
        public R visitAll(All all) {
            return defaultValue(all);
        }

        @Override
        public R visitNone(None none) {
            return defaultValue(none);
        }

        @Override
        public R visitAnd(And and) {
            return defaultValue(and);
        }

        @Override
        public R visitOr(Or or) {
            return defaultValue(or);
        }

        @Override
        public R visitNot(Not not) {
            return defaultValue(not);
        }

        @Override
        public R visitComparison(Comparison<?> comparison) {
            return defaultValue(comparison);
        }

        @Override
        public R visitBetween(Between<?> between) {
            return defaultValue(between);
        }

        @Override
        public R visitCategoryIn(CategoryIn in) {
            return defaultValue(in);
        }

        @Override
        public R visitBooleanIs(BooleanIs booleanIs) {
            return defaultValue(booleanIs);
        }

        @Override
        public R visitTagsMatch(TagsMatch tagsMatch) {
            return defaultValue(tagsMatch);
        }

        @Override
        public R visitRelativeDate(RelativeDate relativeDate) {
            return defaultValue(relativeDate);
        }

        @Override
        public R visitWithinDistance(WithinDistance withinDistance) {
            return defaultValue(withinDistance);
        }

        @Override
        public R visitPresence(Presence presence) {
            return defaultValue(presence);
        }

        @Override
        public R visitInSegment(InSegment inSegment) {
            return defaultValue(inSegment);
        }
    }

    /**
     * A visitor that walks the whole tree: it descends into every operand of {@code and}, {@code or} and
     * {@code not} and does nothing at a leaf unless the leaf's method is overridden. For collecting or checking
     * leaves.
     *
     * <pre>{@code
     * Set<String> referenced = new HashSet<>();
     * criterion.accept(new CriterionVisitor.Traversal() {
     *     public Void visitInSegment(InSegment in) { referenced.add(in.segmentName()); return null; }
     * });
     * }</pre>
     */
    abstract class Traversal extends Default<Void> {
        /** For subclasses. */
        protected Traversal() {
        }

        @Override
        protected Void defaultValue(Criterion criterion) {
            return null;
        }

        @Override
        public Void visitAnd(And and) {
            and.operands().forEach(operand -> operand.accept(this));
            return null;
        }

        @Override
        public Void visitOr(Or or) {
            or.operands().forEach(operand -> operand.accept(this));
            return null;
        }

        @Override
        public Void visitNot(Not not) {
            return not.operand().accept(this);
        }
    }
}
