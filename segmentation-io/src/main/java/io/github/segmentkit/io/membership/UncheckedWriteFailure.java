package io.github.segmentkit.io.membership;

import java.io.IOException;
import java.io.UncheckedIOException;

/** An IOException carried out of a {@code Consumer} (which cannot throw it) and unwrapped by the writer. */
final class UncheckedWriteFailure extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    UncheckedWriteFailure(IOException cause) {
        super(cause);
    }

    IOException io() {
        return getCause();
    }
}
