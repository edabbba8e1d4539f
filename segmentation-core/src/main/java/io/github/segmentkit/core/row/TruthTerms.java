package io.github.segmentkit.core.row;

import static io.github.segmentkit.core.row.RowCompiler.AND;
import static io.github.segmentkit.core.row.RowCompiler.CONSTANT;
import static io.github.segmentkit.core.row.RowCompiler.LEAF;
import static io.github.segmentkit.core.row.RowCompiler.MEMBER;
import static io.github.segmentkit.core.row.RowCompiler.NOT;
import static io.github.segmentkit.core.row.RowCompiler.OPCODE_BITS;
import static io.github.segmentkit.core.row.RowCompiler.OPCODE_MASK;
import static io.github.segmentkit.core.row.RowPredicate.TRUE;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Each segment's membership test as an {@code or} of {@code and}s of bit tests, instead of a Kleene program run on
 * a stack: what {@link SegmentPlan#classifyInto} evaluates per customer.
 *
 * <p>A customer is a member when its criterion is TRUE, and under Kleene logic TRUE and FALSE each follow from the
 * TRUE and FALSE of the operands without ever looking at UNKNOWN: {@code and} is TRUE when every operand is TRUE and
 * FALSE when one is FALSE, {@code or} the other way round, and {@code not} swaps the two. So "the criterion is TRUE"
 * becomes a formula without negation over two bits per atom (a leaf known TRUE, a leaf known FALSE; a segment whose
 * membership is decided, member or not), which is put in disjunctive normal form: each term a few 64-bit masks that
 * a customer's truth bits must cover. A segment whose normal form would exceed {@link #MAX_TERMS} terms (a
 * conjunction of many disjunctions) keeps its program ({@link #interpreted}).
 *
 * <p>Atoms: leaf {@code l} is atom {@code l}; segment {@code s} (its membership, for {@code inSegment}) is atom
 * {@code leaves + s}. Terms are stored sparsely, one entry per 64-bit word they test, so that thousands of segments
 * cost a few entries per term, not the width of the atom set.
 */
final class TruthTerms {
    /** The largest normal form kept; beyond it the segment's program runs instead. */
    static final int MAX_TERMS = 64;

    private final int atomWords;
    /** Per segment {@code s}: its terms are {@code segmentTerms[s]} up to {@code segmentTerms[s + 1]}. */
    private final int[] segmentTerms;
    /** Per term {@code t}: its entries are {@code termEntries[t]} up to {@code termEntries[t + 1]}. */
    private final int[] termEntries;
    /** Per entry: the word of the atom bits it tests, and the bits that must be set in the TRUE and FALSE words. */
    private final int[] entryWord;
    private final long[] entryTrue;
    private final long[] entryFalse;
    private final boolean[] interpreted;
    /**
     * When every atom fits one word ({@link #singleWord()}): per term {@code t}, the bits that must be known TRUE at
     * {@code 2t} and known FALSE at {@code 2t + 1}, without the indirection of the entries.
     */
    private final long[] singleWordMasks;

    private TruthTerms(int atomWords, int[] segmentTerms, int[] termEntries, int[] entryWord, long[] entryTrue,
            long[] entryFalse, boolean[] interpreted) {
        this.atomWords = atomWords;
        this.segmentTerms = segmentTerms;
        this.termEntries = termEntries;
        this.entryWord = entryWord;
        this.entryTrue = entryTrue;
        this.entryFalse = entryFalse;
        this.interpreted = interpreted;
        this.singleWordMasks = new long[atomWords == 1 ? 2 * (termEntries.length - 1) : 0];
        if (atomWords == 1) {
            for (int term = 0; term < termEntries.length - 1; term++) {
                // a term testing nothing (always TRUE) has no entry: both masks stay zero
                for (int entry = termEntries[term]; entry < termEntries[term + 1]; entry++) {
                    singleWordMasks[2 * term] |= entryTrue[entry];
                    singleWordMasks[2 * term + 1] |= entryFalse[entry];
                }
            }
        }
    }

    /** The terms of every segment's program, by declared index; the leaves are atoms {@code 0..leaves-1}. */
    static TruthTerms of(int[][] programs, int leaves) {
        int atoms = leaves + programs.length;
        int[] segmentTerms = new int[programs.length + 1];
        List<Integer> termEntries = new ArrayList<>(List.of(0));
        List<Integer> words = new ArrayList<>();
        List<Long> trues = new ArrayList<>();
        List<Long> falses = new ArrayList<>();
        boolean[] interpreted = new boolean[programs.length];
        for (int s = 0; s < programs.length; s++) {
            Set<Term> terms = trueTerms(programs[s], leaves);
            if (terms == null) {
                interpreted[s] = true;
            } else {
                for (Term term : terms) {
                    term.appendEntries(words, trues, falses);
                    termEntries.add(words.size());
                }
            }
            segmentTerms[s + 1] = termEntries.size() - 1;
        }
        return new TruthTerms((atoms + 63) >>> 6, segmentTerms,
                termEntries.stream().mapToInt(Integer::intValue).toArray(),
                words.stream().mapToInt(Integer::intValue).toArray(),
                trues.stream().mapToLong(Long::longValue).toArray(),
                falses.stream().mapToLong(Long::longValue).toArray(), interpreted);
    }

    /** The number of 64-bit words of the TRUE bits (and of the FALSE bits) of every atom. */
    int atomWords() {
        return atomWords;
    }

    /** Whether every atom (leaf and segment) fits one 64-bit word: then {@link #isTrue(int, long, long)} applies. */
    boolean singleWord() {
        return atomWords == 1;
    }

    /** {@link #isTrue(int, long[], long[])} when every atom fits one word ({@link #singleWord()}). */
    boolean isTrue(int segment, long trueBits, long falseBits) {
        boolean holds = false;
        long[] masks = singleWordMasks;
        for (int at = 2 * segmentTerms[segment], end = 2 * segmentTerms[segment + 1]; at < end; at += 2) {
            long wantTrue = masks[at];
            long wantFalse = masks[at + 1];
            holds |= ((trueBits & wantTrue) ^ wantTrue | (falseBits & wantFalse) ^ wantFalse) == 0;
        }
        return holds;
    }

    /**
     * When {@link #singleWord()}: segment {@code segment}'s terms as pairs of masks, the bits that must be known TRUE
     * at {@code 2t} and known FALSE at {@code 2t + 1} for term {@code t} (a copy); what {@link #isTrue(int, long,
     * long)} tests, for the generated row code.
     */
    long[] singleWordTerms(int segment) {
        return Arrays.copyOfRange(singleWordMasks, 2 * segmentTerms[segment],
                2 * segmentTerms[segment + 1]);
    }

    /** Whether segment {@code segment} keeps its program: its normal form would have been too large. */
    boolean interpreted(int segment) {
        return interpreted[segment];
    }

    /**
     * Whether segment {@code segment}'s criterion is TRUE for the atoms whose known-TRUE bits are {@code trueBits} and
     * known-FALSE bits {@code falseBits} (the segments it refers to already decided). Not for an
     * {@link #interpreted} segment.
     */
    boolean isTrue(int segment, long[] trueBits, long[] falseBits) {
        // without a branch on the customer's bits: whether a term holds is close to a coin toss from one customer to
        // the next, and mispredicted early exits cost more than testing every term (the loops' trip counts are the
        // same for every customer, so those branches are predicted)
        boolean holds = false;
        for (int term = segmentTerms[segment], end = segmentTerms[segment + 1]; term < end; term++) {
            long missing = 0;
            for (int entry = termEntries[term], last = termEntries[term + 1]; entry < last; entry++) {
                int word = entryWord[entry];
                long wantTrue = entryTrue[entry];
                long wantFalse = entryFalse[entry];
                missing |= (trueBits[word] & wantTrue) ^ wantTrue | (falseBits[word] & wantFalse) ^ wantFalse;
            }
            holds |= missing == 0;
        }
        return holds;
    }

    /**
     * The normal form of "{@code program} is TRUE", or {@code null} when it exceeds {@link #MAX_TERMS}. The stack
     * holds, per operand, the terms of its TRUE and of its FALSE.
     */
    private static Set<Term> trueTerms(int[] program, int leaves) {
        Deque<Set<Term>[]> stack = new ArrayDeque<>();
        for (int instruction : program) {
            int argument = instruction >>> OPCODE_BITS;
            switch (instruction & OPCODE_MASK) {
                case LEAF -> stack.push(atom(argument));
                case MEMBER -> stack.push(atom(leaves + argument));
                case CONSTANT -> stack.push(argument == TRUE ? pair(always(), never())
                        : argument == RowPredicate.FALSE ? pair(never(), always()) : pair(never(), never()));
                case NOT -> {
                    Set<Term>[] operand = stack.pop();
                    stack.push(pair(operand[1], operand[0]));
                }
                case AND, RowCompiler.OR -> {
                    boolean and = (instruction & OPCODE_MASK) == AND;
                    Set<Term> products = always();
                    Set<Term> unions = never();
                    for (int i = 0; i < argument; i++) {
                        Set<Term>[] operand = stack.pop();
                        // and: TRUE when all are, FALSE when one is; or: the other way round
                        products = product(products, operand[and ? 0 : 1]);
                        unions = union(unions, operand[and ? 1 : 0]);
                    }
                    stack.push(and ? pair(products, unions) : pair(unions, products));
                }
                default -> throw new IllegalStateException("unknown instruction " + instruction);
            }
        }
        return stack.pop()[0];
    }

    @SuppressWarnings({"unchecked", "rawtypes"})   // a generic array is created raw, then typed
    private static Set<Term>[] pair(Set<Term> whenTrue, Set<Term> whenFalse) {
        return new Set[] {whenTrue, whenFalse};
    }

    private static Set<Term>[] atom(int atom) {
        return pair(Set.of(Term.of(atom, true)), Set.of(Term.of(atom, false)));
    }

    /** The formula that always holds: one term testing nothing. */
    private static Set<Term> always() {
        return Set.of(new Term(new BitSet(), new BitSet()));
    }

    /** The formula that never holds: no term. */
    private static Set<Term> never() {
        return Set.of();
    }

    /** {@code a or b}; {@code null} (too large) is contagious. */
    private static Set<Term> union(Set<Term> a, Set<Term> b) {
        if (a == null || b == null || a.size() + b.size() > MAX_TERMS) {
            return null;
        }
        Set<Term> union = new LinkedHashSet<>(a);
        union.addAll(b);
        return union;
    }

    /** {@code a and b}, distributed; terms asking an atom to be both TRUE and FALSE never hold and are dropped. */
    private static Set<Term> product(Set<Term> a, Set<Term> b) {
        if (a == null || b == null || (long) a.size() * b.size() > MAX_TERMS * 4L) {
            return null;
        }
        Set<Term> product = new LinkedHashSet<>();
        for (Term x : a) {
            for (Term y : b) {
                Term both = x.and(y);
                if (both != null) {
                    product.add(both);
                }
            }
        }
        return product.size() > MAX_TERMS ? null : product;
    }

    /** A conjunction: the atoms that must be known TRUE and those that must be known FALSE. */
    private record Term(BitSet mustBeTrue, BitSet mustBeFalse) {
        static Term of(int atom, boolean truth) {
            BitSet bits = new BitSet();
            bits.set(atom);
            return truth ? new Term(bits, new BitSet()) : new Term(new BitSet(), bits);
        }

        /** Both conjunctions, or {@code null} when they contradict each other. */
        Term and(Term other) {
            BitSet mustBeTrue = (BitSet) this.mustBeTrue.clone();
            mustBeTrue.or(other.mustBeTrue);
            BitSet mustBeFalse = (BitSet) this.mustBeFalse.clone();
            mustBeFalse.or(other.mustBeFalse);
            return mustBeTrue.intersects(mustBeFalse) ? null : new Term(mustBeTrue, mustBeFalse);
        }

        /** One entry per 64-bit word this term tests. */
        void appendEntries(List<Integer> words, List<Long> trues, List<Long> falses) {
            long[] t = mustBeTrue.toLongArray();
            long[] f = mustBeFalse.toLongArray();
            for (int word = 0; word < Math.max(t.length, f.length); word++) {
                long wantTrue = word < t.length ? t[word] : 0;
                long wantFalse = word < f.length ? f[word] : 0;
                if ((wantTrue | wantFalse) != 0) {
                    words.add(word);
                    trues.add(wantTrue);
                    falses.add(wantFalse);
                }
            }
        }
    }

    @Override
    public String toString() {
        int programs = 0;
        for (boolean kept : interpreted) {
            programs += kept ? 1 : 0;
        }
        return "TruthTerms[" + interpreted.length + " segments, " + (termEntries.length - 1) + " terms, " + programs
                + " kept as programs]";
    }
}
