package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many transaction lines RFM read, kept and dropped, with the drops counted by {@link DropReason}. A line is
 * counted under the first reason that drops it, so {@code read == kept + dropped()}, and {@code dropped()} is the sum
 * over the reasons.
 *
 * <pre>{@code
 * CleaningReport cleaning = report.cleaning().orElseThrow();
 * boolean balanced = cleaning.kept() + cleaning.dropped() == cleaning.read();   // always true
 * long returns = cleaning.dropped(DropReason.RETURN);   // dropped() sums this over every DropReason
 * }</pre>
 *
 * @param read            every line read
 * @param kept            lines that count towards RFM
 * @param droppedByReason lines dropped, for every reason (0 included), not {@code null}
 */
public record CleaningReport(long read, long kept, Map<DropReason, Long> droppedByReason) {
    public CleaningReport {
        Objects.requireNonNull(droppedByReason, "droppedByReason");
        EnumMap<DropReason, Long> all = new EnumMap<>(DropReason.class);
        for (DropReason reason : DropReason.values()) {
            all.put(reason, droppedByReason.getOrDefault(reason, 0L));
        }
        droppedByReason = Collections.unmodifiableMap(all);
        long sum = kept;
        for (long count : droppedByReason.values()) {
            if (count < 0) {
                throw new IllegalArgumentException("negative count in " + droppedByReason);
            }
            sum += count;
        }
        if (kept < 0 || sum != read) {
            throw new IllegalArgumentException("cleaning counts do not add up: read " + read + ", kept " + kept
                    + ", dropped " + droppedByReason);
        }
    }

    /** Lines dropped for any reason. */
    public long dropped() {
        return read - kept;
    }

    /** Lines dropped for {@code reason}. */
    public long dropped(DropReason reason) {
        return droppedByReason.get(Objects.requireNonNull(reason, "reason"));
    }
}
