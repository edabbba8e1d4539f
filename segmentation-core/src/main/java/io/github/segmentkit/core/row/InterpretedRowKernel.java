package io.github.segmentkit.core.row;

import io.github.segmentkit.core.row.AttributeSlots.SlotReader;

/**
 * The {@link RowKernel} as loops over the plan's readers and leaves: what runs when generated code is turned off, or
 * for a plan too large to generate ({@link RowKernelGenerator#fits}).
 *
 * @param <T> the customer type
 */
final class InterpretedRowKernel<T> extends RowKernel<T> {
    private final SlotReader<T>[] readers;
    private final RowPredicate[] leaves;

    InterpretedRowKernel(SlotReader<T>[] readers, RowPredicate[] leaves) {
        this.readers = readers.clone();
        this.leaves = leaves.clone();
    }

    @Override
    void read(T customer, RowContext context) {
        for (int slot = 0; slot < readers.length; slot++) {
            context.reading = slot;
            readers[slot].read(customer, context);
        }
    }

    @Override
    void testLeaves(RowContext context) {
        byte[] truths = context.leafTruths;
        long[] trueAtoms = context.trueAtoms;
        long[] falseAtoms = context.falseAtoms;
        long trueWord = 0;
        long falseWord = 0;
        for (int leaf = 0; leaf < leaves.length; leaf++) {
            int truth = leaves[leaf].truth(context);
            truths[leaf] = (byte) truth;
            // TRUE (2) sets the TRUE bit, FALSE (0) the FALSE bit, UNKNOWN (1) neither
            trueWord |= (long) (truth >>> 1) << leaf;
            falseWord |= (long) ((truth - 1) >>> 31) << leaf;
            if ((leaf & 63) == 63 || leaf == leaves.length - 1) {
                trueAtoms[leaf >>> 6] = trueWord;
                falseAtoms[leaf >>> 6] = falseWord;
                trueWord = 0;
                falseWord = 0;
            }
        }
    }

    @Override
    boolean isGenerated() {
        return false;
    }
}
