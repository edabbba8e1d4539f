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
 * program. The reads, the leaves and (when they fit one word) the bit tests run in a class generated for the plan
 * ({@link RowKernel}), where the JIT inlines each extractor and comparison. With a context reused per thread,
 * {@link #classifyInto} allocates nothing.
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
    /**
     * The attribute reads and leaf tests: interpreted at first, generated for this plan once it has evaluated
     * {@link #GENERATE_AFTER} customers, unless generation is turned off (see {@link RowKernel}). Written without a
     * lock: threads that see the interpreted kernel a little longer, or that both generate one, still answer right.
     */
    private RowKernel<T> kernel;
    /** Evaluations left before the generated kernel replaces the interpreted one; 0 when that is settled. */
    private int untilGenerated;
    /** How many words of atom bits the leaves fill: the segments' bits start after them. */
    private final int leafWords;

    /**
     * The customers a plan evaluates with the interpreted kernel before it generates its own: generating costs about
     * 0.4 ms (classes defined and verified), about what the interpreted kernel loses on a thousand customers, so a
     * segmenter used for a few look-ups, or only for whole tables, never pays it.
     */
    static final int GENERATE_AFTER = 1_000;

    /**
     * Compiles {@code segments} against {@code schema}, into code generated for them unless the system property
     * {@code segmentkit.rowCode} is {@code interpreted} (see {@link RowKernel}).
     */
    public SegmentPlan(CustomerSchema<T> schema, List<Segment> segments) {
        this(schema, segments, RowKernel.generatedByDefault() ? GENERATE_AFTER : -1);
    }

    /**
     * {@link #SegmentPlan(CustomerSchema, List)} generating its kernel after {@code generateAfter} evaluations: at
     * once for 0, never for a negative number.
     */
    SegmentPlan(CustomerSchema<T> schema, List<Segment> segments, int generateAfter) {
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
        this.kernel = kernel(generateAfter == 0);
        this.untilGenerated = Math.max(0, generateAfter);
        this.leafWords = (leaves.length + 63) >>> 6;
    }

    /** A kernel; the segments' decisions, which only generated code uses, are gathered only for it. */
    private RowKernel<T> kernel(boolean generate) {
        return RowKernel.of(slots, leaves,
                generate ? RowKernel.SegmentDecisions.of(terms, order, leaves.length) : null, generate);
    }

    /**
     * The kernel for the next evaluation, generated when the countdown ends. A runtime that cannot define classes (a
     * native image) keeps the interpreted kernel, which gives the same answers, and the failure is logged once.
     */
    private RowKernel<T> nextKernel() {
        if (untilGenerated > 0 && --untilGenerated == 0) {
            try {
                kernel = kernel(true);
            } catch (IllegalStateException e) {
                System.getLogger(SegmentPlan.class.getName()).log(System.Logger.Level.WARNING,
                        "SegmentKit runs its segments interpreted: " + e.getMessage(), e);
            }
        }
        return kernel;
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
        RowKernel<T> kernel = nextKernel();
        read(kernel, customer, context);
        if (terms.singleWord()) {
            classifyOneWord(kernel, context, bits);
        } else {
            classifyWords(kernel, context, bits);
        }
    }

    /**
     * {@link #classifyInto} when every leaf and segment fits one word of truth bits (up to 64 together): the bits
     * stay in registers; the generated code, when it decides the segments, tests them against constant masks.
     */
    private void classifyOneWord(RowKernel<T> kernel, RowContext context, long[] bits) {
        kernel.testLeaves(context);
        long trueAtoms = leafWords == 0 ? 0L : context.trueAtoms[0];
        long falseAtoms = leafWords == 0 ? 0L : context.falseAtoms[0];
        if (kernel.decides()) {
            bits[0] = kernel.decide(context, trueAtoms, falseAtoms);
            return;
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
    private void classifyWords(RowKernel<T> kernel, RowContext context, long[] bits) {
        long[] trueAtoms = context.trueAtoms;
        long[] falseAtoms = context.falseAtoms;
        kernel.testLeaves(context);
        // the words after the leaves' hold the segments' bits of the previous customer
        Arrays.fill(trueAtoms, leafWords, trueAtoms.length, 0L);
        Arrays.fill(falseAtoms, leafWords, falseAtoms.length, 0L);
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
        read(nextKernel(), customer, context);
    }

    /**
     * {@code customer}'s id, read as {@link #classifyInto} reads it.
     *
     * @throws InvalidCustomerDataException when the id extractor fails, with its message
     */
    public long idOf(T customer) {
        try {
            return schema.id(customer);
        } catch (RuntimeException e) {
            throw new InvalidCustomerDataException(null, null, "the id extractor failed: " + e.getMessage(), e);
        }
    }

    private void read(RowKernel<T> kernel, T customer, RowContext context) {
        long id = idOf(customer);
        try {
            kernel.read(customer, context);
        } catch (RuntimeException e) {
            // the kernel set the slot it was reading
            throw new InvalidCustomerDataException(Long.toString(id), slots.name(context.reading),
                    String.valueOf(e.getMessage()), e);
        }
    }

    /** Whether this plan runs code generated for it (see {@link RowKernel}); for tests. */
    boolean isGenerated() {
        return kernel.isGenerated();
    }

    /** Whether the generated code also decides the segments ({@link RowKernel#decides()}); for tests. */
    boolean decidesInGeneratedCode() {
        return kernel.decides();
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
