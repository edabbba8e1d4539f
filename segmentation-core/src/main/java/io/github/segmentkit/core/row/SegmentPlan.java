package io.github.segmentkit.core.row;

import static io.github.segmentkit.core.row.RowCompiler.AND;
import static io.github.segmentkit.core.row.RowCompiler.CONSTANT;
import static io.github.segmentkit.core.row.RowCompiler.LEAF;
import static io.github.segmentkit.core.row.RowCompiler.MEMBER;
import static io.github.segmentkit.core.row.RowCompiler.NOT;
import static io.github.segmentkit.core.row.RowCompiler.OPCODE_BITS;
import static io.github.segmentkit.core.row.RowCompiler.OPCODE_MASK;
import static io.github.segmentkit.core.row.RowPredicate.TRUE;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.InSegment;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All segments of a segmenter compiled for one customer at a time: every attribute read once into the primitive
 * slots of a {@link RowContext}, every distinct leaf criterion evaluated once (segments sharing
 * {@code age.between(25, 34)} compare once), then each segment's {@code and}/{@code or}/{@code not} over the
 * leaves, in an order where a segment comes after the segments it references with {@code inSegment}: as bit tests
 * on the leaves' truths ({@link TruthTerms}), or, for the few criteria whose normal form is too large, as a postfix
 * program. With a context reused per thread, {@link #classifyInto} allocates nothing.
 *
 * @param <T> the customer type
 */
public final class SegmentPlan<T> {
    private final CustomerSchema<T> schema;
    private final List<Segment> declared;
    private final AttributeSlots<T> slots;
    /** Evaluation order: indexes into {@link #declared}, referenced segments first. */
    private final int[] order;
    /** The distinct leaves of every criterion, by leaf index. */
    private final RowPredicate[] leaves;
    /** The criterion and the attribute slot of each leaf, by leaf index. */
    private final Criterion[] leafCriteria;
    private final int[] leafSlots;
    /** The postfix program of each segment, by declared index. */
    private final int[][] programs;
    private final int stackDepth;
    /** Each segment's TRUE as bit tests over the leaves' truths, for {@link #classifyInto}. */
    private final TruthTerms terms;

    public SegmentPlan(CustomerSchema<T> schema, List<Segment> segments) {
        this.schema = schema;
        this.declared = List.copyOf(segments);
        this.slots = new AttributeSlots<>(schema);
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < declared.size(); i++) {
            indexes.put(declared.get(i).name(), i);
        }
        this.order = evaluationOrder(declared, indexes);
        RowCompiler<T> compiler = new RowCompiler<>(slots, indexes);
        this.programs = new int[declared.size()][];
        int depth = 0;
        for (int i = 0; i < declared.size(); i++) {
            programs[i] = compiler.compile(declared.get(i).criterion());
            depth = Math.max(depth, RowCompiler.stackDepth(programs[i]));
        }
        this.leaves = compiler.leaves();
        this.leafCriteria = compiler.leafCriteria();
        this.leafSlots = compiler.leafSlots();
        this.stackDepth = depth;
        this.terms = TruthTerms.of(programs, leaves.length);
    }

    /** The number of segments. */
    public int size() {
        return declared.size();
    }

    /** How many distinct leaf criteria the segments have: each is evaluated once per customer. */
    public int leafCount() {
        return leaves.length;
    }

    /** The number of 64-bit words of a membership bit set: what {@link #classifyInto} fills. */
    public int words() {
        return (declared.size() + 63) >>> 6;
    }

    /** A new context for this plan, as of {@code asOf}: one per thread, reused for every customer. */
    public RowContext newContext(AsOf asOf) {
        return new RowContext(asOf, slots.size(), leaves.length, declared.size(), stackDepth, terms.atomWords());
    }

    /**
     * Evaluates every segment for one customer into {@code bits} (at least {@link #words()} words, overwritten): bit
     * {@code i} says whether it belongs to the i-th declared segment. Allocates nothing.
     *
     * @throws InvalidCustomerDataException when an extractor fails, naming the customer and the attribute (there
     *                                      is no row: the customer is read on its own)
     */
    public void classifyInto(T customer, RowContext context, long[] bits) {
        read(customer, context);
        if (terms.singleWord()) {
            classifyOneWord(context, bits);
        } else {
            classifyWords(context, bits);
        }
    }

    /**
     * {@link #classifyInto} when every leaf and segment fits one word of truth bits (up to 64 together): the bits
     * stay in registers, where the calls of the leaves cannot touch them.
     */
    private void classifyOneWord(RowContext context, long[] bits) {
        byte[] truths = context.leafTruths;
        long trueAtoms = 0;
        long falseAtoms = 0;
        for (int leaf = 0; leaf < leaves.length; leaf++) {
            int truth = leaves[leaf].truth(context);
            truths[leaf] = (byte) truth;
            // TRUE (2) sets the TRUE bit, FALSE (0) the FALSE bit, UNKNOWN (1) neither
            trueAtoms |= (long) (truth >>> 1) << leaf;
            falseAtoms |= (long) ((truth - 1) >>> 31) << leaf;
        }
        boolean[] memberships = context.memberships;
        int firstSegmentAtom = leaves.length;
        long members = 0;
        for (int index : order) {
            boolean member = terms.interpreted(index)
                    ? run(programs[index], context) == TRUE
                    : terms.isTrue(index, trueAtoms, falseAtoms);
            memberships[index] = member;
            // no branch on the answer, a coin toss from one customer to the next
            long isMember = member ? 1L : 0L;
            members |= isMember << index;
            trueAtoms |= isMember << (firstSegmentAtom + index);
            falseAtoms |= (isMember ^ 1L) << (firstSegmentAtom + index);
        }
        bits[0] = members;
    }

    /** {@link #classifyInto} with truth bits over several words. */
    private void classifyWords(RowContext context, long[] bits) {
        byte[] truths = context.leafTruths;
        long[] trueAtoms = context.trueAtoms;
        long[] falseAtoms = context.falseAtoms;
        Arrays.fill(trueAtoms, 0L);
        Arrays.fill(falseAtoms, 0L);
        for (int leaf = 0; leaf < leaves.length; leaf++) {
            int truth = leaves[leaf].truth(context);
            truths[leaf] = (byte) truth;
            trueAtoms[leaf >>> 6] |= (long) (truth >>> 1) << leaf;
            falseAtoms[leaf >>> 6] |= (long) ((truth - 1) >>> 31) << leaf;
        }
        Arrays.fill(bits, 0, words(), 0L);
        boolean[] memberships = context.memberships;
        int firstSegmentAtom = leaves.length;
        for (int index : order) {
            boolean member = terms.interpreted(index)
                    ? run(programs[index], context) == TRUE
                    : terms.isTrue(index, trueAtoms, falseAtoms);
            memberships[index] = member;
            int atom = firstSegmentAtom + index;
            long isMember = member ? 1L : 0L;
            bits[index >>> 6] |= isMember << index;
            trueAtoms[atom >>> 6] |= isMember << atom;
            falseAtoms[atom >>> 6] |= (isMember ^ 1L) << atom;
        }
    }

    /**
     * Evaluates every segment for one customer, as {@link #classifyInto} does, into a new bit set.
     *
     * @throws InvalidCustomerDataException when an extractor fails, naming the customer and the attribute
     */
    public long[] memberBits(T customer, RowContext context) {
        long[] bits = new long[words()];
        classifyInto(customer, context, bits);
        return bits;
    }

    /**
     * Reads {@code customer}'s id and every attribute as {@link #classifyInto} does, without evaluating a segment:
     * the check of a lenient run, which then segments only the customers that pass.
     *
     * @throws InvalidCustomerDataException when the customer is null or an extractor fails, naming the customer and
     *                                      the attribute (there is no row: the customer is read on its own)
     */
    public void checkReadable(T customer, RowContext context) {
        if (customer == null) {
            throw new InvalidCustomerDataException(null, null, "null instead of a customer", null);
        }
        read(customer, context);
    }

    private void read(T customer, RowContext context) {
        long id;
        try {
            id = schema.id(customer);
        } catch (RuntimeException e) {
            throw new InvalidCustomerDataException(null, null, "the id extractor failed: " + e.getMessage(), e);
        }
        try {
            slots.readAll(customer, context);
        } catch (AttributeReadException e) {
            throw new InvalidCustomerDataException(Long.toString(id), e.attribute(),
                    String.valueOf(e.getCause().getMessage()), e.getCause());
        }
    }

    /** {@code customer}'s id as text for an error message, or {@code null} when the id extractor fails too. */
    String idOrNull(T customer) {
        try {
            return Long.toString(schema.id(customer));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Runs one segment's postfix program over the leaves' truths; a lone leaf, the common case, is read directly. */
    static int run(int[] program, RowContext context) {
        byte[] truths = context.leafTruths;
        if (program.length == 1 && (program[0] & OPCODE_MASK) == LEAF) {
            return truths[program[0] >>> OPCODE_BITS];
        }
        int[] stack = context.stack;
        int top = 0;
        for (int instruction : program) {
            int argument = instruction >>> OPCODE_BITS;
            switch (instruction & OPCODE_MASK) {
                case LEAF -> stack[top++] = truths[argument];
                case MEMBER -> stack[top++] = RowPredicate.of(context.memberships[argument]);
                case CONSTANT -> stack[top++] = argument;
                case NOT -> stack[top - 1] = TRUE - stack[top - 1];
                case AND -> {
                    // Kleene and: the least of the operands (FALSE < UNKNOWN < TRUE)
                    int result = TRUE;
                    for (int i = 0; i < argument; i++) {
                        result = Math.min(result, stack[--top]);
                    }
                    stack[top++] = result;
                }
                default -> {
                    // Kleene or: the greatest of the operands
                    int result = RowPredicate.FALSE;
                    for (int i = 0; i < argument; i++) {
                        result = Math.max(result, stack[--top]);
                    }
                    stack[top++] = result;
                }
            }
        }
        return stack[0];
    }

    private static int[] evaluationOrder(List<Segment> segments, Map<String, Integer> indexes) {
        // depth-first topological sort; the builder has already rejected cycles
        Set<Integer> placed = new LinkedHashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            place(i, segments, indexes, placed);
        }
        return placed.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void place(int index, List<Segment> segments, Map<String, Integer> indexes, Set<Integer> placed) {
        if (placed.contains(index)) {
            return;
        }
        for (String reference : references(segments.get(index).criterion())) {
            place(indexes.get(reference), segments, indexes, placed);
        }
        placed.add(index);
    }

    /** The segment names a criterion refers to with {@code inSegment}. */
    public static Set<String> references(Criterion criterion) {
        Set<String> names = new LinkedHashSet<>();
        criterion.accept(new CriterionVisitor.Traversal() {
            @Override
            public Void visitInSegment(InSegment inSegment) {
                names.add(inSegment.segmentName());
                return null;
            }
        });
        return names;
    }

    /**
     * A memo, empty until rows are recorded, of what this plan's time-relative segments (those with a relative date
     * criterion, or referring to such a segment) need to be decided again at another as-of time without reading the
     * customer; see {@link ClockMemo}.
     */
    public ClockMemo<T> clockMemo() {
        return new ClockMemo<>(this);
    }

    AttributeSlots<T> slots() {
        return slots;
    }

    int[] order() {
        return order;
    }

    int[] program(int segment) {
        return programs[segment];
    }

    RowPredicate leaf(int leaf) {
        return leaves[leaf];
    }

    Criterion leafCriterion(int leaf) {
        return leafCriteria[leaf];
    }

    int leafSlot(int leaf) {
        return leafSlots[leaf];
    }

    /** The segments in declared order. */
    public List<Segment> segments() {
        return declared;
    }
}
