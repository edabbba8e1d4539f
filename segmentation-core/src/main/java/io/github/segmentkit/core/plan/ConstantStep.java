package io.github.segmentkit.core.plan;

import java.util.Arrays;

/** {@code all()} or {@code none()}: TRUE or FALSE for every row, never UNKNOWN. */
final class ConstantStep extends Step {
    private final boolean value;

    ConstantStep(int slot, boolean value) {
        super(slot);
        this.value = value;
    }

    @Override
    void run(Scratch scratch) {
        int words = scratch.usedWords();
        Arrays.fill(scratch.truth[slot], 0, words, value ? -1L : 0L);
        Arrays.fill(scratch.unknown[slot], 0, words, 0L);
    }
}
