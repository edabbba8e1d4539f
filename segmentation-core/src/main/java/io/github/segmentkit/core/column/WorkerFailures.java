package io.github.segmentkit.core.column;

/**
 * What a helper thread's failure becomes on the caller's thread: exactly what it would have been had the caller
 * done the work itself. A {@code CompletableFuture} wraps whatever its task threw; the engine's callers should see
 * an {@code InvalidCustomerDataException} or an {@code OutOfMemoryError} as such, not a {@code CompletionException}
 * without row or attribute.
 */
public final class WorkerFailures {
    private WorkerFailures() {
    }

    /**
     * The exception to throw for {@code failure}, a task's own throwable (the cause of a {@code CompletionException}):
     * runtime exceptions and errors as they are; anything else (a checked exception, which the engine's tasks cannot
     * throw) wrapped in an {@code IllegalStateException}.
     *
     * @throws Error {@code failure} itself when it is an error, so that callers write {@code throw unwrapped(e)}
     */
    public static RuntimeException unwrapped(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException exception) {
            return exception;
        }
        return new IllegalStateException("a segmentation worker failed", failure);
    }
}
