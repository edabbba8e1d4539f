package io.github.segmentkit.core.row;

import io.github.segmentkit.api.Truth;

/**
 * A criterion compiled for one customer object at a time: no tree walk, the attribute bindings resolved once.
 *
 * @param <T> the customer type
 */
@FunctionalInterface
public interface RowPredicate<T> {
    /** The criterion's truth value for {@code customer}. */
    Truth test(T customer, RowContext context);
}
