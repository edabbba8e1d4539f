package io.github.segmentkit.api.internal;

import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.result.LenientSegmentation;
import io.github.segmentkit.api.result.RejectedRow;
import io.github.segmentkit.api.result.SegmentationResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The lenient run shared by every engine: each customer is checked on its own first (a null, an id or attribute
 * that cannot be read becomes a {@link RejectedRow}), the rest are segmented in one strict run. Should that run
 * still refuse a customer the check let through, the customer is rejected too and the run repeated without it, so
 * that the outcome never depends on how thorough an engine's check is.
 *
 * <pre>{@code
 * LenientSegmentation run = LenientRun.run(customers, segmenter::segmentsOf, segmenter::segment);
 * }</pre>
 *
 * <p>Stateless.
 */
public final class LenientRun {
    private LenientRun() {
    }

    /**
     * Segments the customers that {@code check} and {@code segment} accept and rejects the others.
     *
     * @param customers the input, in order
     * @param check     reads one customer as the engine would, throwing {@link InvalidCustomerDataException} (with
     *                  no row: the customer is read on its own) when it cannot
     * @param segment   the engine's strict run
     * @param <T>       the customer type
     */
    public static <T> LenientSegmentation run(Iterable<? extends T> customers, Consumer<? super T> check,
            Function<List<T>, ? extends SegmentationResult> segment) {
        List<T> accepted = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        List<RejectedRow> rejects = new ArrayList<>();
        long position = 0;
        for (T customer : customers) {
            try {
                check.accept(customer);
                accepted.add(customer);
                positions.add(position);
            } catch (InvalidCustomerDataException e) {
                rejects.add(new RejectedRow(null, position + 1, e.attribute(), null, e.getMessage()));
            }
            position++;
        }
        while (true) {
            try {
                SegmentationResult result = segment.apply(accepted);
                rejects.sort(Comparator.comparingLong(RejectedRow::line));
                return new LenientSegmentation(result, rejects,
                        positions.stream().mapToLong(Long::longValue).toArray());
            } catch (InvalidCustomerDataException e) {
                if (e.row().isEmpty() || e.row().getAsLong() >= accepted.size()) {
                    throw e;
                }
                int row = (int) e.row().getAsLong();
                rejects.add(new RejectedRow(null, positions.get(row) + 1, e.attribute(), null,
                        withoutRow(e.getMessage(), row)));
                accepted.remove(row);
                positions.remove(row);
            }
        }
    }

    /** The message of a strict run's failure without its row, which counts only the accepted customers. */
    private static String withoutRow(String message, int row) {
        String prefix = "row " + row + " (0-based)";
        if (!message.startsWith(prefix)) {
            return message;
        }
        String rest = message.substring(prefix.length());
        return rest.startsWith(", ") || rest.startsWith(": ") ? rest.substring(2) : rest;
    }
}
