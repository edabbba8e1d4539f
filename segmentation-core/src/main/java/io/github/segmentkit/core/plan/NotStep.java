package io.github.segmentkit.core.plan;

/** Negation in three-valued logic: TRUE where the operand is FALSE; UNKNOWN stays UNKNOWN. */
final class NotStep extends Step {
    private final int operand;

    NotStep(int slot, int operand) {
        super(slot);
        this.operand = operand;
    }

    @Override
    void run(Scratch scratch) {
        long[] t = scratch.truth[operand];
        long[] u = scratch.unknown[operand];
        long[] truth = scratch.truth[slot];
        long[] unknown = scratch.unknown[slot];
        int words = scratch.usedWords();
        for (int i = 0; i < words; i++) {
            truth[i] = ~(t[i] | u[i]);
            unknown[i] = u[i];
        }
    }
}
