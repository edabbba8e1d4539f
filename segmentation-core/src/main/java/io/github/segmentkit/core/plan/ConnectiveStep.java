package io.github.segmentkit.core.plan;

/**
 * {@code and} or {@code or} of two or more earlier slots in three-valued logic, folded word by word from the first
 * operand: conjunction is TRUE where every operand is TRUE and UNKNOWN where none is FALSE and not all are TRUE;
 * disjunction is TRUE where any operand is TRUE, else UNKNOWN where any is.
 */
final class ConnectiveStep extends Step {
    private final int[] operands;
    private final boolean conjunction;

    ConnectiveStep(int slot, int[] operands, boolean conjunction) {
        super(slot);
        this.operands = operands;
        this.conjunction = conjunction;
    }

    @Override
    void run(Scratch scratch) {
        long[] truth = scratch.truth[slot];
        long[] unknown = scratch.unknown[slot];
        int words = scratch.usedWords();
        System.arraycopy(scratch.truth[operands[0]], 0, truth, 0, words);
        System.arraycopy(scratch.unknown[operands[0]], 0, unknown, 0, words);
        for (int k = 1; k < operands.length; k++) {
            long[] t = scratch.truth[operands[k]];
            long[] u = scratch.unknown[operands[k]];
            if (conjunction) {
                for (int i = 0; i < words; i++) {
                    // unknown: (U1 and not FALSE2) or (TRUE1 and U2)
                    unknown[i] = (unknown[i] & (t[i] | u[i])) | (truth[i] & u[i]);
                    truth[i] &= t[i];
                }
            } else {
                for (int i = 0; i < words; i++) {
                    truth[i] |= t[i];
                    unknown[i] = (unknown[i] | u[i]) & ~truth[i];
                }
            }
        }
    }
}
