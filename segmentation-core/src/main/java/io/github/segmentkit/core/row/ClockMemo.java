package io.github.segmentkit.core.row;

import static io.github.segmentkit.core.row.RowCompiler.LEAF;
import static io.github.segmentkit.core.row.RowCompiler.MEMBER;
import static io.github.segmentkit.core.row.RowCompiler.OPCODE_BITS;
import static io.github.segmentkit.core.row.RowCompiler.OPCODE_MASK;
import static io.github.segmentkit.core.row.RowPredicate.TRUE;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.criteria.RelativeDateOperator;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Per row (a slot of the caller's choosing), everything the time-relative segments of a {@link SegmentPlan} need to
 * be decided again at another as-of time without the customer: the truth of each other leaf they use (two bits) and
 * the values of the dates and timestamps their relative criteria compare (primitives). Moving the as-of clock
 * changes nothing else, so {@link #decide} re-decides those segments from a few words of primitive arrays, where
 * re-evaluating the customer would read every attribute through its object graph (a cache miss per object on a
 * large population). Segments that are not time-relative keep the memberships the caller passes in.
 *
 * <pre>{@code
 * SegmentPlan<Customer> plan = new SegmentPlan<>(schema, segments);
 * ClockMemo<Customer> memo = plan.clockMemo();
 * RowContext context = plan.newContext(asOf);
 * long[] bits = new long[plan.words()];
 * plan.classifyInto(customer, context, bits);
 * memo.record(0, context);                          // row 0 is this customer
 * memo.decide(0, plan.newContext(aMonthLater), bits); // bits: its memberships a month later
 * }</pre>
 *
 * <p>Not thread-safe: the caller guards it. Decide only rows that were recorded.
 *
 * @param <T> the customer type
 */
public final class ClockMemo<T> {
    private static final long MISSING = Long.MIN_VALUE;
    /** What {@link #relativeAttributesInPlay} reports when every attribute may change a membership. */
    private static final long ALL_IN_PLAY = -1L;

    private final SegmentPlan<T> plan;
    /** The time-relative segments, by declared index, in evaluation order (referenced segments first). */
    private final int[] segments;
    /** The memberships of other segments that time-relative ones refer to with {@code inSegment}. */
    private final int[] memberInputs;
    /** The leaves of time-relative segments that are not relative dates: remembered as two-bit truths. */
    private final int[] staticLeaves;
    /** The relative-date leaves of time-relative segments: evaluated again at every decision. */
    private final int[] relativeLeaves;
    /** The attribute slots of the relative leaves. */
    private final int[] relativeSlots;
    /** Per relative slot: its column among the timestamps' nanoseconds, or -1 for a date. */
    private final int[] nanoColumn;
    private final int timestamps;
    /** The attribute slots the static leaves and relative leaves read: what {@link #read} extracts. */
    private final int[] readSlots;
    private final int truthWords;
    /** Per relative leaf: its operator, its span (days for a date, seconds for a timestamp), where its value is. */
    private final RelativeDateOperator[] operators;
    private final long[] spans;
    private final int[] valueColumn;
    /** Per relative leaf: the column of its nanoseconds, or -1 for a date. */
    private final int[] leafNanoColumn;
    private final int words;
    /**
     * Per time-relative segment (in {@link #segments}' order), {@link #maskWords} words: bit k set when it depends on
     * relative leaf k, directly or through the time-relative segments it refers to. A move re-runs only the segments
     * whose relative leaves changed truth for the row at hand (usually one of them: the bound the row's date crossed).
     */
    private final long[] dependsOn;
    private final int maskWords;
    /** The attribute of each relative slot, by name: what {@link #relativeAttributesInPlay} reports on. */
    private final List<String> relativeAttributes;
    /**
     * Per time-relative segment: bit i set when it reads relative slot i (directly or through the time-relative
     * segments it refers to); all bits when there are more than 64 relative slots.
     */
    private final long[] attributesRead;
    /** Per time-relative segment: whether it refers to another time-relative segment with {@code inSegment}. */
    private final boolean[] refersToTimeRelative;
    /**
     * Per relative leaf, when there are at most 64 time-relative segments and none refers to another: bit i set when
     * time-relative segment i depends on it; else null. {@link #decideKept} then runs the segments of the changed
     * leaves straight from these bits, where testing every segment's dependencies per row took a branch the
     * processor could not predict (which bound a row crossed is random): about 40 ns per row on the benchmark's four
     * time-relative segments, a fifth of a clock move on ten million customers.
     */
    private final long[] dependents;
    /**
     * The time-relative segments' normal forms over the atoms a move knows per row, or null when they do not fit one
     * word or a segment refers to another time-relative one: relative leaf {@code k} is atom {@code k}, static leaf
     * {@code j} atom {@code relativeLeaves.length + j}, member input {@code m} the atom after the static leaves'.
     * {@link #decideKept} then decides a kept row's segments from two words of bits, where running each segment's
     * program first unpacked the row's truths into the context: on the benchmark's one-day move at ten million
     * customers (32,848 rows decided on one thread), 0.36 ms against 0.80.
     */
    private final TruthTerms moveTerms;
    /** Per row kept by {@link #keepMoved}: the relative leaves whose truth changed, {@link #maskWords} words. */
    private long[] keptChanges = new long[0];
    /**
     * Per row kept by {@link #keepMoved}, {@link #maskWords} words each: the relative leaves TRUE at the later time,
     * and those FALSE (a leaf of a missing value is neither), for {@link #decideKept}.
     */
    private long[] keptTrue = new long[0];
    private long[] keptFalse = new long[0];
    /** How many rows the last {@link #keepMoved} kept, their records at the front of {@link #batch}. */
    private int kept;
    /** The as-of time a move starts from, for the truths the rows' current memberships were decided with. */
    private RowContext earlier;
    /**
     * One record of {@link #stride} words per row, side by side so that a row costs one or two cache lines: the
     * static truths ({@link #truthWords} words), then each relative slot's value ({@link #MISSING} when absent),
     * then each timestamp's nanoseconds.
     */
    private final int stride;
    private long[] records = new long[0];
    private int rows;
    private int capacity;
    private long[] batch = new long[0];
    /**
     * Per relative leaf, at the two times of the move under way: the values its criterion is true for, an interval of
     * (value, nanoseconds) pairs inclusive at both ends, four words (low value, low nanoseconds, high value, high
     * nanoseconds) from {@code 8 * k} for the earlier time and {@code 8 * k + 4} for the later one (a date's
     * nanoseconds are 0). Made per batch from the row path's own arithmetic on the as-of times, so that a row's
     * truths are comparisons: the arithmetic per row and leaf, twice, was a tenth of a one-day move's CPU time.
     */
    private long[] truthBounds = new long[0];
    /** What the first reads of {@link #keepMoved} sum up: written so that those reads are not optimised away. */
    @SuppressWarnings("unused")
    private long touchedSum;

    ClockMemo(SegmentPlan<T> plan) {
        this.plan = plan;
        int size = plan.size();
        boolean[] timeRelative = new boolean[size];
        BitSet leaves = new BitSet();
        BitSet inputs = new BitSet();
        int[] inOrder = new int[size];
        int count = 0;
        for (int segment : plan.order()) {
            int[] program = plan.program(segment);
            boolean relative = false;
            for (int instruction : program) {
                int argument = instruction >>> OPCODE_BITS;
                int opcode = instruction & OPCODE_MASK;
                relative |= opcode == LEAF && plan.leafCriterion(argument) instanceof RelativeDate
                        || opcode == MEMBER && timeRelative[argument];
            }
            if (relative) {
                timeRelative[segment] = true;
                inOrder[count++] = segment;
                for (int instruction : program) {
                    int opcode = instruction & OPCODE_MASK;
                    if (opcode == LEAF) {
                        leaves.set(instruction >>> OPCODE_BITS);
                    } else if (opcode == MEMBER) {
                        inputs.set(instruction >>> OPCODE_BITS);
                    }
                }
            }
        }
        this.segments = Arrays.copyOf(inOrder, count);
        this.memberInputs = inputs.stream().filter(segment -> !timeRelative[segment]).toArray();
        this.staticLeaves = leaves.stream().filter(leaf -> !(plan.leafCriterion(leaf) instanceof RelativeDate))
                .toArray();
        this.relativeLeaves = leaves.stream().filter(leaf -> plan.leafCriterion(leaf) instanceof RelativeDate)
                .toArray();
        Set<Integer> relative = new LinkedHashSet<>();
        for (int leaf : relativeLeaves) {
            relative.add(plan.leafSlot(leaf));
        }
        this.relativeSlots = relative.stream().mapToInt(Integer::intValue).toArray();
        this.nanoColumn = new int[relativeSlots.length];
        Arrays.fill(nanoColumn, -1);
        int timestampSlots = 0;
        for (int leaf : relativeLeaves) {
            int at = indexOf(relativeSlots, plan.leafSlot(leaf));
            boolean date = ((RelativeDate) plan.leafCriterion(leaf)).attribute() instanceof DateAttribute;
            if (!date && nanoColumn[at] < 0) {
                nanoColumn[at] = timestampSlots++;
            }
        }
        this.timestamps = timestampSlots;
        Set<Integer> read = new LinkedHashSet<>(relative);
        for (int leaf : staticLeaves) {
            read.add(plan.leafSlot(leaf));
        }
        this.readSlots = read.stream().mapToInt(Integer::intValue).toArray();
        this.truthWords = (2 * staticLeaves.length + 63) >>> 6;
        this.stride = truthWords + relativeSlots.length + timestamps;
        this.words = plan.words();
        this.operators = new RelativeDateOperator[relativeLeaves.length];
        this.spans = new long[relativeLeaves.length];
        this.valueColumn = new int[relativeLeaves.length];
        this.leafNanoColumn = new int[relativeLeaves.length];
        for (int k = 0; k < relativeLeaves.length; k++) {
            RelativeDate criterion = (RelativeDate) plan.leafCriterion(relativeLeaves[k]);
            int column = indexOf(relativeSlots, plan.leafSlot(relativeLeaves[k]));
            operators[k] = criterion.operator();
            valueColumn[k] = column;
            leafNanoColumn[k] = nanoColumn[column];
            spans[k] = nanoColumn[column] < 0 ? criterion.days() : criterion.days() * 86_400L;
        }
        this.maskWords = Math.max(1, (relativeLeaves.length + 63) >>> 6);
        this.dependsOn = new long[segments.length * maskWords];
        this.refersToTimeRelative = new boolean[segments.length];
        for (int i = 0; i < segments.length; i++) {
            for (int instruction : plan.program(segments[i])) {
                int argument = instruction >>> OPCODE_BITS;
                int opcode = instruction & OPCODE_MASK;
                if (opcode == LEAF) {
                    int k = Arrays.binarySearch(relativeLeaves, argument);
                    if (k >= 0) {
                        dependsOn[i * maskWords + (k >>> 6)] |= 1L << k;
                    }
                } else if (opcode == MEMBER && timeRelative[argument]) {
                    refersToTimeRelative[i] = true;
                    // referenced segments come first in evaluation order: their masks are complete
                    int referenced = indexOf(segments, argument);
                    for (int w = 0; w < maskWords; w++) {
                        dependsOn[i * maskWords + w] |= dependsOn[referenced * maskWords + w];
                    }
                }
            }
        }
        String[] names = new String[relativeSlots.length];
        for (int k = 0; k < relativeLeaves.length; k++) {
            names[valueColumn[k]] = ((RelativeDate) plan.leafCriterion(relativeLeaves[k])).attribute().name();
        }
        this.relativeAttributes = List.of(names);
        boolean chained = false;
        for (boolean refers : refersToTimeRelative) {
            chained |= refers;
        }
        this.dependents = segments.length > 64 || chained ? null : new long[relativeLeaves.length];
        for (int i = 0; dependents != null && i < segments.length; i++) {
            for (int k = 0; k < relativeLeaves.length; k++) {
                if ((dependsOn[i * maskWords + (k >>> 6)] & (1L << k)) != 0) {
                    dependents[k] |= 1L << i;
                }
            }
        }
        this.moveTerms = moveTerms();
        this.attributesRead = new long[segments.length];
        for (int i = 0; i < segments.length; i++) {
            for (int k = 0; k < relativeLeaves.length; k++) {
                if ((dependsOn[i * maskWords + (k >>> 6)] & (1L << k)) != 0) {
                    attributesRead[i] |= relativeSlots.length > 64 ? ALL_IN_PLAY : 1L << valueColumn[k];
                }
            }
        }
    }

    /**
     * The time-relative segments' programs over the move's atoms (see {@link #moveTerms}) in normal form, or null when
     * they do not fit one word, one would keep its program, or a segment refers to another time-relative one.
     */
    private TruthTerms moveTerms() {
        int atoms = relativeLeaves.length + staticLeaves.length + memberInputs.length;
        if (dependents == null || atoms + segments.length > 64) {
            return null;
        }
        int[][] programs = new int[segments.length][];
        for (int i = 0; i < segments.length; i++) {
            int[] program = plan.program(segments[i]).clone();
            for (int p = 0; p < program.length; p++) {
                int argument = program[p] >>> OPCODE_BITS;
                int opcode = program[p] & OPCODE_MASK;
                if (opcode == LEAF) {
                    int k = Arrays.binarySearch(relativeLeaves, argument);
                    int atom = k >= 0 ? k : relativeLeaves.length + Arrays.binarySearch(staticLeaves, argument);
                    program[p] = atom << OPCODE_BITS | LEAF;
                } else if (opcode == MEMBER) {
                    // no time-relative segment refers to another (dependents is not null): a member input
                    int atom = relativeLeaves.length + staticLeaves.length + indexOf(memberInputs, argument);
                    program[p] = atom << OPCODE_BITS | LEAF;
                }
            }
            programs[i] = program;
        }
        TruthTerms terms = TruthTerms.of(programs, atoms);
        for (int i = 0; i < segments.length; i++) {
            if (terms.interpreted(i)) {
                return null;
            }
        }
        return terms;
    }

    /** Whether {@link #decideKept} decides from normal forms ({@link #moveTerms}), not by running programs: for tests. */
    boolean decidesByTerms() {
        return moveTerms != null;
    }

    /** Whether the plan has no time-relative segment: then a clock move changes no membership. */
    public boolean isEmpty() {
        return segments.length == 0;
    }

    /**
     * How many words one row's record takes: what a caller that keeps the records in an array of its own (beside
     * its other per-row words, so that one cache line holds them all) sets aside per row for the methods that take
     * an array and a position.
     */
    public int recordWords() {
        return stride;
    }

    /**
     * The attributes of the relative criteria of the time-relative segments, each once: attribute {@code i} is bit
     * {@code i} of what {@link #relativeAttributesInPlay} returns.
     */
    public List<String> relativeAttributes() {
        return relativeAttributes;
    }

    /**
     * Which of the {@link #relativeAttributes()} can change a membership of the row whose record is at
     * {@code records[at..]} and whose memberships are {@code bits[bitsAt..]} (the segments that time-relative ones
     * refer to are read there): bit {@code i} for attribute {@code i}, every bit when there are more than 64 (see
     * {@link #isInPlay}). A time-relative segment that the row's other leaves decide whatever its relative criteria
     * answer (an {@code and} with a false leaf, an {@code or} with a true one) keeps its membership at every as-of
     * time: its result with every relative criterion unknown is already true or false, and Kleene logic never turns
     * a known result around when an unknown operand becomes known. An attribute only such segments read is not in
     * play: the row's memberships do not depend on it, so a clock move need not look at the row when that
     * attribute's bounds pass. A segment that refers to another time-relative segment counts as undecided.
     * Uses {@code context} as scratch, as {@link #decide} does; allocates nothing.
     */
    public long relativeAttributesInPlay(long[] records, int at, long[] bits, int bitsAt, RowContext context) {
        byte[] leafTruths = context.leafTruths;
        unpackStaticTruths(records, at, leafTruths);
        for (int leaf : relativeLeaves) {
            leafTruths[leaf] = (byte) RowPredicate.UNKNOWN;
        }
        boolean[] memberships = context.memberships;
        for (int segment : memberInputs) {
            memberships[segment] = (bits[bitsAt + (segment >>> 6)] & (1L << segment)) != 0;
        }
        long inPlay = 0;
        for (int i = 0; i < segments.length; i++) {
            if (refersToTimeRelative[i] || SegmentPlan.run(plan.program(segments[i]), context) == RowPredicate.UNKNOWN) {
                inPlay |= attributesRead[i];
            }
        }
        return inPlay;
    }

    /** Whether {@code inPlay}, from {@link #relativeAttributesInPlay}, has attribute {@code attribute} in play. */
    public static boolean isInPlay(long inPlay, int attribute) {
        return attribute < 64 ? (inPlay & (1L << attribute)) != 0 : inPlay == ALL_IN_PLAY;
    }

    /**
     * Remembers row {@code row} from the customer {@link SegmentPlan#classifyInto} has just evaluated in
     * {@code context}.
     */
    public void record(int row, RowContext context) {
        ensureRows(row + 1);
        record(records, row * stride, context);
    }

    /**
     * Writes the record of the customer {@link SegmentPlan#classifyInto} has just evaluated in {@code context} to
     * {@code into[at..at + recordWords())}, an array the caller keeps (see {@link #keepMoved(long[], int, int, int[],
     * int, AsOf, RowContext)}).
     */
    public void record(long[] into, int at, RowContext context) {
        byte[] leafTruths = context.leafTruths;
        Arrays.fill(into, at, at + truthWords, 0L);
        for (int i = 0; i < staticLeaves.length; i++) {
            into[at + (i >>> 5)] |= (long) leafTruths[staticLeaves[i]] << ((i & 31) << 1);
        }
        int values = at + truthWords;
        int nanos = values + relativeSlots.length;
        for (int i = 0; i < relativeSlots.length; i++) {
            int slot = relativeSlots[i];
            boolean present = context.present[slot];
            into[values + i] = present ? context.longs[2 * slot] : MISSING;
            if (nanoColumn[i] >= 0) {
                into[nanos + nanoColumn[i]] = present ? context.longs[2 * slot + 1] : 0;
            }
        }
    }

    /**
     * Remembers row {@code row} by reading from {@code customer} only the attributes the time-relative segments use:
     * the cheap way to fill a memo for a population whose memberships are already known.
     *
     * @throws InvalidCustomerDataException when an extractor fails, naming the customer and the attribute
     */
    public void read(int row, T customer, RowContext context) {
        ensureRows(row + 1);
        read(records, row * stride, customer, context);
    }

    /**
     * {@link #read(int, Object, RowContext)} into {@code into[at..at + recordWords())}, an array the caller keeps.
     *
     * @throws InvalidCustomerDataException when an extractor fails, naming the customer and the attribute
     */
    public void read(long[] into, int at, T customer, RowContext context) {
        try {
            for (int slot : readSlots) {
                plan.slots().readOne(slot, customer, context);
            }
        } catch (AttributeReadException e) {
            throw new InvalidCustomerDataException(plan.idOrNull(customer), e.attribute(),
                    String.valueOf(e.getCause().getMessage()), e.getCause());
        }
        for (int leaf : staticLeaves) {
            context.leafTruths[leaf] = (byte) plan.leaf(leaf).truth(context);
        }
        record(into, at, context);
    }

    /**
     * Decides the time-relative segments of row {@code row} as of {@code context}'s as-of time, from what was
     * recorded: their bits in {@code bits} are replaced, every other bit (the memberships of segments that do not
     * depend on time, which those may refer to) is read and kept. Allocates nothing.
     */
    public void decide(int row, RowContext context, long[] bits) {
        decide(records, row * stride, context, bits, 0);
    }

    /**
     * The first half of deciding {@code count} rows again after the as-of time moved from {@code from} to
     * {@code context}'s time: keeps, in their order and compacted to the front of {@code rows}, the rows whose
     * relative criteria answer differently at the two times, and returns how many. Only those can change membership:
     * every other leaf and every segment that does not depend on time answers as before. So a row listed by mistake
     * (a stale entry of a by-day index, a row {@linkplain #forget forgotten} or never recorded) costs a few
     * comparisons and is dropped, and the caller need read nothing else of the rows that are not kept. The records of
     * the whole batch are gathered first, in a loop of independent reads, so that the cache misses of a large
     * population overlap instead of following one another. {@link #decideKept} finishes the move.
     */
    public int keepMoved(int[] rows, int count, AsOf from, RowContext context) {
        return keepMoved(records, stride, 0, this.rows, rows, count, from, context);
    }

    /**
     * {@link #keepMoved(int[], int, AsOf, RowContext)} on records the caller keeps: row {@code r}'s record at
     * {@code records[r * stride + offset..]} ({@code stride} at least {@link #recordWords()}), written by {@link
     * #record(long[], int, RowContext)}, {@link #read(long[], int, Object, RowContext)} or {@link #forget(long[],
     * int)}; a row whose record would end past the array is treated as forgotten. A caller that keeps other words
     * of each row in the same stretch (its memberships, say) finds them in the cache lines this gather has just
     * read.
     *
     * <pre>{@code
     * int stride = 2 + memo.recordWords();                // two words of the caller's, then the memo's record
     * long[] perRow = new long[rows * stride];
     * memo.record(perRow, row * stride + 2, context);      // context: the row just classified
     * RowContext atLater = plan.newContext(later);
     * int kept = memo.keepMoved(perRow, stride, 2, touched, count, from, atLater);
     * memo.decideKept(atLater, bits);                      // bits: the kept rows' memberships, updated in place
     * }</pre>
     */
    public int keepMoved(long[] records, int stride, int offset, int[] rows, int count, AsOf from,
            RowContext context) {
        if (offset < 0 || offset + this.stride > stride) {
            throw new IllegalArgumentException("a record of " + this.stride + " words at offset " + offset
                    + " does not fit in a stride of " + stride + " words");
        }
        // the rows whose whole record lies inside the array (none to read when records have no words and the
        // caller keeps nothing else: a stride of 0)
        int spare = records.length - offset - this.stride;
        int validRows = spare < 0 || stride == 0 ? 0 : spare / stride + 1;
        return keepMoved(records, stride, offset, validRows, rows, count, from, context);
    }

    private int keepMoved(long[] records, int recordStride, int offset, int validRows, int[] rows, int count,
            AsOf from, RowContext context) {
        int stride = this.stride;
        if (batch.length < count * stride) {
            batch = new long[count * stride];
        }
        if (keptChanges.length < count * maskWords) {
            keptChanges = new long[count * maskWords];
        }
        if (keptTrue.length < count * maskWords) {
            keptTrue = new long[count * maskWords];
            keptFalse = new long[count * maskWords];
        }
        if (earlier == null) {
            earlier = plan.newContext(from);
        }
        earlier.at(from);
        makeTruthBounds(context);
        // First only the first word of each row's stride and the last of its record (their one or two cache
        // lines, the caller's words before the record included), in a loop of a few instructions per row, so that
        // the processor has the cache misses of dozens of records in flight at once (the copy below, a load and a
        // store per word, fills its window after a handful of records) and the copy, and the caller's reads of its
        // own words after it, find the lines in the cache: 11-18 % off a clock move on ten million customers. The
        // sum only keeps the reads from being dropped.
        long touched = 0;
        int end = offset + stride - 1;
        for (int i = 0; i < count && stride > 0; i++) {
            int row = rows[i];
            if (row < validRows) {
                int at = row * recordStride;
                touched += records[at] ^ records[at + end];
            }
        }
        this.touchedSum = touched;
        // a few words per row: a plain loop, no array-copy call per row
        for (int i = 0; i < count; i++) {
            int row = rows[i];
            if (row < validRows) {
                for (int w = 0, at = row * recordStride + offset; w < stride; w++) {
                    batch[i * stride + w] = records[at + w];
                }
            } else {
                forgotten(batch, i * stride);
            }
        }
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (relativeChanges(batch, i * stride, kept)) {
                if (kept != i) {
                    System.arraycopy(batch, i * stride, batch, kept * stride, stride);
                    rows[kept] = rows[i];
                }
                kept++;
            }
        }
        this.kept = kept;
        return kept;
    }

    /**
     * The second half of a move: decides the rows the last {@link #keepMoved} kept, whose bits, {@code bits[i * words]}
     * onwards for the i-th ({@code words} being {@link SegmentPlan#words()}), hold their memberships as of its
     * {@code from} time and are updated in place. Only the time-relative segments that depend on a relative
     * criterion whose truth changed for the row are evaluated again: a row whose date crossed one bound costs the
     * segments using that bound. Allocates nothing once the batch size was seen.
     */
    public void decideKept(RowContext context, long[] bits) {
        if (moveTerms != null) {
            decideKeptByTerms(bits);
            return;
        }
        byte[] leafTruths = context.leafTruths;
        for (int i = 0; i < kept; i++) {
            for (int k = 0, at = i * maskWords; k < relativeLeaves.length; k++) {
                long bit = 1L << k;
                int word = at + (k >>> 6);
                leafTruths[relativeLeaves[k]] = (byte) ((keptTrue[word] & bit) != 0 ? TRUE
                        : (keptFalse[word] & bit) != 0 ? RowPredicate.FALSE : RowPredicate.UNKNOWN);
            }
            unpackStaticTruths(batch, i * stride, leafTruths);
            if (dependents == null) {
                runSegments(context, bits, i * words, keptChanges, i * maskWords);
            } else {
                runDependents(context, bits, i * words, i * maskWords);
            }
        }
    }

    /**
     * {@link #decideKept} with {@link #moveTerms}: per kept row, the TRUE and FALSE bits of its atoms (the relative
     * leaves' from {@link #keepMoved}, the static leaves' from the record, the member inputs' from its bits), then
     * the segments of the changed leaves tested against their terms, their bits written without a branch on the
     * answer.
     */
    private void decideKeptByTerms(long[] bits) {
        int relative = relativeLeaves.length;
        int statics = staticLeaves.length;
        for (int i = 0; i < kept; i++) {
            int bitsAt = i * words;
            int at = i * stride;
            // the atoms fit one word, so the relative leaves' masks are one word per row (maskWords is 1)
            int maskAt = i * maskWords;
            long isTrue = keptTrue[maskAt];
            long isFalse = keptFalse[maskAt];
            for (int j = 0; j < statics; j++) {
                // FALSE 0, UNKNOWN 1, TRUE 2
                long truth = (batch[at + (j >>> 5)] >>> ((j & 31) << 1)) & 3;
                isTrue |= (truth >>> 1) << (relative + j);
                isFalse |= (((truth | truth >>> 1) & 1) ^ 1) << (relative + j);
            }
            for (int m = 0, atom = relative + statics; m < memberInputs.length; m++, atom++) {
                int segment = memberInputs[m];
                long member = (bits[bitsAt + (segment >>> 6)] >>> segment) & 1;
                isTrue |= member << atom;
                isFalse |= (member ^ 1) << atom;
            }
            long toRun = dependentsOfChanged(maskAt);
            while (toRun != 0) {
                int local = Long.numberOfTrailingZeros(toRun);
                int segment = segments[local];
                long bit = 1L << segment;
                long member = moveTerms.isTrue(local, isTrue, isFalse) ? bit : 0L;
                int word = bitsAt + (segment >>> 6);
                bits[word] = (bits[word] & ~bit) | member;
                toRun &= toRun - 1;
            }
        }
    }

    /**
     * {@link #runSegments} for a kept row when no time-relative segment refers to another (so none reads the
     * memberships of the others): runs the segments that depend on a relative leaf whose truth changed, found from
     * {@link #dependents}, and writes their bits without a branch on the answer.
     */
    private void runDependents(RowContext context, long[] bits, int bitsAt, int changedAt) {
        boolean[] memberships = context.memberships;
        for (int segment : memberInputs) {
            memberships[segment] = (bits[bitsAt + (segment >>> 6)] & (1L << segment)) != 0;
        }
        long toRun = dependentsOfChanged(changedAt);
        while (toRun != 0) {
            int segment = segments[Long.numberOfTrailingZeros(toRun)];
            long bit = 1L << segment;
            long member = SegmentPlan.run(plan.program(segment), context) == TRUE ? bit : 0L;
            int word = bitsAt + (segment >>> 6);
            bits[word] = (bits[word] & ~bit) | member;
            toRun &= toRun - 1;
        }
    }

    /**
     * The time-relative segments (bit i for {@code segments[i]}, from {@link #dependents}) that depend on a relative leaf
     * whose truth changed for the kept row whose changes start at {@code keptChanges[changedAt]}.
     */
    private long dependentsOfChanged(int changedAt) {
        long toRun = 0;
        for (int w = 0; w < maskWords; w++) {
            for (long changed = keptChanges[changedAt + w]; changed != 0; changed &= changed - 1) {
                toRun |= dependents[(w << 6) + Long.numberOfTrailingZeros(changed)];
            }
        }
        return toRun;
    }

    /**
     * Marks, as kept row {@code kept}'s, the relative leaves whose truth for the record at {@code at} differs between
     * {@link #earlier}'s time and the later one of {@link #truthBounds}, with the leaves TRUE and FALSE at the later
     * time, and returns whether any differs (when none does, the next row overwrites them). Without a branch on the
     * values (which bound a touched row crossed is random) and with a date's interval in whole days: this loop was a
     * sixth of the benchmark's one-day move decided on one thread at ten million customers (1.1 ms of 6.6), 0.9 ms
     * after.
     */
    private boolean relativeChanges(long[] from, int at, int kept) {
        int values = at + truthWords;
        int nanos = values + relativeSlots.length;
        long[] bounds = truthBounds;
        long any = 0;
        long changed = 0;
        long isTrue = 0;
        long isFalse = 0;
        for (int k = 0, last = relativeLeaves.length - 1; k <= last; k++) {
            long value = from[values + valueColumn[k]];
            int nanoColumn = leafNanoColumn[k];
            long later;
            long before;
            // the same side for every row: a predicted branch
            if (nanoColumn < 0) {
                later = between(bounds, 8 * k + 4, value);
                before = between(bounds, 8 * k, value);
            } else {
                long nano = from[nanos + nanoColumn];
                later = within(bounds, 8 * k + 4, value, nano);
                before = within(bounds, 8 * k, value, nano);
            }
            // a missing value is unknown at both times: neither TRUE nor FALSE, and never changed
            long known = value != MISSING ? 1L : 0L;
            int bit = k & 63;
            changed |= ((later ^ before) & known) << bit;
            isTrue |= (later & known) << bit;
            isFalse |= ((later ^ 1) & known) << bit;
            if (bit == 63 || k == last) {
                int word = kept * maskWords + (k >>> 6);
                keptChanges[word] = changed;
                keptTrue[word] = isTrue;
                keptFalse[word] = isFalse;
                any |= changed;
                changed = 0;
                isTrue = 0;
                isFalse = 0;
            }
        }
        return any != 0;
    }

    /**
     * 1 when a date's {@code value} lies in the interval of {@link #truthBounds} at {@code at}, made by {@link
     * #dayBounds}, else 0: no branch.
     */
    private static long between(long[] bounds, int at, long value) {
        return value >= bounds[at] & value <= bounds[at + 2] ? 1L : 0L;
    }

    /** 1 when (value, nano) lies in the interval of {@link #truthBounds} at {@code at}, else 0: no branch. */
    private static long within(long[] bounds, int at, long value, long nano) {
        long low = bounds[at];
        long high = bounds[at + 2];
        boolean above = value > low | (value == low & nano >= bounds[at + 1]);
        boolean below = value < high | (value == high & nano <= bounds[at + 3]);
        return above & below ? 1L : 0L;
    }

    /**
     * Makes {@link #truthBounds} for a move from {@link #earlier}'s time to {@code later}'s, with the arithmetic of
     * {@link RowCompiler#relativeDateTruth} and {@link RowCompiler#relativeTimestampTruth} (a bound of
     * {@code asOf − span}, wrapping as theirs does), so that a recorded value lies inside exactly when they answer
     * true.
     */
    private void makeTruthBounds(RowContext later) {
        if (truthBounds.length < 8 * relativeLeaves.length) {
            truthBounds = new long[8 * relativeLeaves.length];
        }
        for (int k = 0; k < relativeLeaves.length; k++) {
            truthBounds(k, earlier, 8 * k);
            truthBounds(k, later, 8 * k + 4);
            if (leafNanoColumn[k] < 0) {
                dayBounds(8 * k);
                dayBounds(8 * k + 4);
            }
        }
    }

    /**
     * Rewrites the interval at {@code at}, a date leaf's, as days only: a date's nanoseconds are 0, so (value, 0) lies
     * inside exactly when {@code low <= value <= high} for the bounds written here; an interval no day lies in
     * becomes {@code [1, 0]}.
     */
    private void dayBounds(int at) {
        long[] bounds = truthBounds;
        long low = bounds[at];
        long high = bounds[at + 2];
        boolean empty = false;
        if (bounds[at + 1] > 0) {
            // (low, 0) is before the interval's start
            empty = low == Long.MAX_VALUE;
            low++;
        }
        if (bounds[at + 3] < 0) {
            empty |= high == Long.MIN_VALUE;
            high--;
        }
        interval(bounds, at, empty ? 1 : low, 0, empty ? 0 : high, 0);
    }

    private void truthBounds(int k, RowContext at, int into) {
        boolean date = leafNanoColumn[k] < 0;
        long now = date ? at.asOfEpochDay() : at.asOfSecond();
        long nanos = date ? 0 : at.asOfNano();
        long bound = now - spans[k];
        long[] to = truthBounds;
        switch (operators[k]) {
            // bound <= value <= now, nanoseconds included
            case WITHIN_LAST_DAYS -> interval(to, into, bound, nanos, now, nanos);
            // value < (bound, nanos): up to the pair just before it; nothing is before the first second
            case BEFORE_DAYS_AGO -> {
                if (nanos > 0) {
                    interval(to, into, Long.MIN_VALUE, Long.MIN_VALUE, bound, nanos - 1);
                } else if (bound > Long.MIN_VALUE) {
                    interval(to, into, Long.MIN_VALUE, Long.MIN_VALUE, bound - 1, Long.MAX_VALUE);
                } else {
                    interval(to, into, Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE);
                }
            }
            // value > (bound, nanos): from the pair just after it (a date's value after the last day: none)
            case AFTER_DAYS_AGO -> interval(to, into, bound, nanos + 1, Long.MAX_VALUE, Long.MAX_VALUE);
        }
    }

    private static void interval(long[] into, int at, long low, long lowNanos, long high, long highNanos) {
        into[at] = low;
        into[at + 1] = lowNanos;
        into[at + 2] = high;
        into[at + 3] = highNanos;
    }

    /**
     * Forgets row {@code row} (its customer was deleted): its relative values become missing, so that no move keeps
     * it until it is recorded again.
     */
    public void forget(int row) {
        if (row < rows) {
            forgotten(records, row * stride);
        }
    }

    /**
     * Writes a forgotten record to {@code into[at..at + recordWords())}, an array the caller keeps: a customer
     * deleted, or a row not yet recorded (a record of zeros would read as dates on the epoch day).
     */
    public void forget(long[] into, int at) {
        forgotten(into, at);
    }

    /** Writes a record with no relative value at {@code at}: its relative criteria are unknown at every time. */
    private void forgotten(long[] into, int at) {
        Arrays.fill(into, at, at + stride, 0L);
        Arrays.fill(into, at + truthWords, at + truthWords + relativeSlots.length, MISSING);
    }

    /**
     * Runs the time-relative segments on the truths in {@code context}, all of them when {@code changed} is null,
     * else those that depend on a relative leaf it marks (the others keep their bits), and writes their bits.
     */
    private void runSegments(RowContext context, long[] bits, int bitsAt, long[] changed, int changedAt) {
        boolean[] memberships = context.memberships;
        for (int segment : memberInputs) {
            memberships[segment] = (bits[bitsAt + (segment >>> 6)] & (1L << segment)) != 0;
        }
        for (int i = 0; i < segments.length; i++) {
            int segment = segments[i];
            int word = bitsAt + (segment >>> 6);
            if (changed != null && !dependsOnAny(i, changed, changedAt)) {
                memberships[segment] = (bits[word] & (1L << segment)) != 0;
                continue;
            }
            boolean member = SegmentPlan.run(plan.program(segment), context) == TRUE;
            memberships[segment] = member;
            if (member) {
                bits[word] |= 1L << segment;
            } else {
                bits[word] &= ~(1L << segment);
            }
        }
    }

    private boolean dependsOnAny(int segmentIndex, long[] leaves, int leavesAt) {
        for (int w = 0, at = segmentIndex * maskWords; w < maskWords; w++) {
            if ((dependsOn[at + w] & leaves[leavesAt + w]) != 0) {
                return true;
            }
        }
        return false;
    }

    private void decide(long[] from, int at, RowContext context, long[] bits, int bitsAt) {
        byte[] leafTruths = context.leafTruths;
        unpackStaticTruths(from, at, leafTruths);
        int values = at + truthWords;
        int nanos = values + relativeSlots.length;
        for (int k = 0; k < relativeLeaves.length; k++) {
            leafTruths[relativeLeaves[k]] = (byte) relativeTruth(k, from[values + valueColumn[k]], from, nanos,
                    context);
        }
        runSegments(context, bits, bitsAt, null, 0);
    }

    private void unpackStaticTruths(long[] from, int at, byte[] leafTruths) {
        for (int i = 0; i < staticLeaves.length; i++) {
            leafTruths[staticLeaves[i]] = (byte) ((from[at + (i >>> 5)] >>> ((i & 31) << 1)) & 3);
        }
    }

    /**
     * The truth of relative leaf {@code k} for a recorded {@code value} as of {@code context}'s time, computed with
     * the row path's own arithmetic.
     */
    private int relativeTruth(int k, long value, long[] from, int nanos, RowContext context) {
        if (value == MISSING) {
            return RowPredicate.UNKNOWN;
        }
        if (leafNanoColumn[k] < 0) {
            return RowCompiler.relativeDateTruth(operators[k], spans[k], value, context);
        }
        return RowCompiler.relativeTimestampTruth(operators[k], spans[k], value, from[nanos + leafNanoColumn[k]],
                context);
    }

    private void ensureRows(int needed) {
        if (needed <= rows) {
            return;
        }
        if (needed > capacity) {
            int grown = Math.max(needed, capacity + (capacity >>> 1) + 16);
            records = Arrays.copyOf(records, Math.multiplyExact(grown, stride));
            capacity = grown;
        }
        // rows skipped over (never recorded) must not look like customers with dates on the epoch day
        for (int row = rows; row < needed; row++) {
            forgotten(records, row * stride);
        }
        rows = needed;
    }

    private static int indexOf(int[] array, int value) {
        for (int i = 0; i < array.length; i++) {
            if (array[i] == value) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "ClockMemo[" + segments.length + " time-relative segments, " + staticLeaves.length + " static and "
                + relativeLeaves.length + " relative leaves, " + rows + " rows]";
    }
}
