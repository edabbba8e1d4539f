package io.github.segmentkit.core.row;

import io.github.segmentkit.core.codegen.HiddenClasses;

/**
 * What a {@link SegmentPlan} does first for every customer: read each attribute of the schema into its slot of a
 * {@link RowContext}, then test each distinct leaf criterion on those slots. Connecting the leaves into segments is
 * the plan's own work; this is the part made of calls to code that differs from one attribute and one leaf to the
 * next (the schema's extractors, the compiled comparisons).
 *
 * <p>Two implementations: a class generated for each plan ({@link RowKernelGenerator}), whose every call names one
 * reader or one leaf held in a constant, so that the JIT inlines them as it inlines a hand-written predicate; and
 * {@link InterpretedRowKernel}, a loop over arrays, where each call site sees every reader and every leaf (an indirect
 * call each). A plan starts with the loops and generates its kernel after {@link SegmentPlan#GENERATE_AFTER}
 * customers; the system property {@value #ROW_CODE_PROPERTY} set to {@code interpreted} keeps the loops (for a
 * runtime that cannot define classes, or to compare the two).
 *
 * @param <T> the customer type
 */
abstract class RowKernel<T> {
    /** The system property that chooses the kernel: {@code generated} (the default) or {@code interpreted}. */
    static final String ROW_CODE_PROPERTY = "segmentkit.rowCode";

    /**
     * Reads every attribute of {@code customer} into its slot of {@code context}, setting
     * {@link RowContext#reading} to each slot before reading it, so that the caller can name the attribute of an
     * exception thrown here (the kernel does not wrap it).
     */
    abstract void read(T customer, RowContext context);

    /**
     * Tests every leaf on the slots {@link #read} filled: leaf {@code k}'s truth into {@code leafTruths[k]}, and its
     * TRUE and FALSE bits into bit {@code k % 64} of word {@code k / 64} of {@code trueAtoms} and {@code falseAtoms},
     * whose words up to the last leaf's are overwritten (the words after it are left alone).
     */
    abstract void testLeaves(RowContext context);

    /** Whether this kernel is a class generated for its plan. */
    abstract boolean isGenerated();

    /** Whether {@link #decide} is available: a generated kernel of a plan whose atoms fit one word. */
    boolean decides() {
        return false;
    }

    /**
     * Decides every segment from the leaves' TRUE and FALSE bits (one word: {@link TruthTerms#singleWord()}), in the
     * plan's evaluation order, each segment's membership also written to {@code context.memberships}: what {@link
     * SegmentPlan} does with {@link TruthTerms#isTrue(int, long, long)}, as straight-line bit tests on constants.
     *
     * @return the memberships, bit {@code s} for declared segment {@code s}
     * @throws UnsupportedOperationException unless {@link #decides()}
     */
    long decide(RowContext context, long trueAtoms, long falseAtoms) {
        throw new UnsupportedOperationException("this row kernel does not decide segments");
    }

    /**
     * Whether plans run generated code, as the system property {@value #ROW_CODE_PROPERTY} says (read when a plan is
     * made): {@code generated} or absent for yes, {@code interpreted} for no.
     *
     * @throws IllegalStateException when the property has another value
     */
    static boolean generatedByDefault() {
        return HiddenClasses.generatedByDefault(ROW_CODE_PROPERTY);
    }

    /** {@link #generatedByDefault} for the property's value {@code value}. */
    static boolean generates(String value) {
        return HiddenClasses.generates(ROW_CODE_PROPERTY, value);
    }

    /**
     * The kernel for {@code slots} and {@code leaves}: generated when {@code generate} and the plan {@linkplain
     * RowKernelGenerator#fits fits} one class, then also {@linkplain #decide deciding} the segments when
     * {@code decisions} is not null and fits; otherwise interpreted.
     */
    static <T> RowKernel<T> of(AttributeSlots<T> slots, RowPredicate[] leaves, SegmentDecisions decisions,
            boolean generate) {
        if (generate && RowKernelGenerator.fits(slots.size(), leaves.length)) {
            return RowKernelGenerator.generate(slots.readers(), leaves,
                    decisions != null && RowKernelGenerator.fits(decisions) ? decisions : null);
        }
        return new InterpretedRowKernel<>(slots.readers(), leaves);
    }

    /**
     * What {@link #decide} tests, when every atom fits one word and no segment keeps its program: the segments in
     * evaluation order (declared indexes, referenced segments first), each one's terms as pairs of masks
     * ({@link TruthTerms#singleWordTerms}, by declared index), and the atom of the first segment (the number of
     * leaves).
     */
    record SegmentDecisions(int[] order, long[][] terms, int firstSegmentAtom) {
        /** The decisions of a plan, or {@code null} when its segments cannot be decided in one word. */
        static SegmentDecisions of(TruthTerms terms, int[] order, int leaves) {
            if (!terms.singleWord()) {
                return null;
            }
            long[][] masks = new long[order.length][];
            for (int segment = 0; segment < order.length; segment++) {
                if (terms.interpreted(segment)) {
                    return null;
                }
                masks[segment] = terms.singleWordTerms(segment);
            }
            return new SegmentDecisions(order.clone(), masks, leaves);
        }

        /** How many terms, all segments together. */
        int termCount() {
            int count = 0;
            for (long[] pairs : terms) {
                count += pairs.length / 2;
            }
            return count;
        }
    }
}
