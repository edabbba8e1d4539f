package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import io.github.segmentkit.api.SegmentKitException;
import java.time.LocalDateTime;

/**
 * The analysis time lies before the newest transaction read, so some recency would be negative: the analysis time is
 * probably wrong, or the data runs past the period meant. Raised instead of scoring nonsense.
 *
 * <pre>{@code
 * // "analysis time 2011-12-01T00:00 is before the newest transaction, at 2011-12-09T12:50;
 * //  analyse at or after 2011-12-09T12:50, or leave out the later transactions"
 * }</pre>
 */
public class AnalysisTimeBeforeTransactionException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    private final LocalDateTime analysisTime;
    private final LocalDateTime newestTransaction;

    public AnalysisTimeBeforeTransactionException(LocalDateTime analysisTime, LocalDateTime newestTransaction) {
        super("analysis time " + analysisTime + " is before the newest transaction, at " + newestTransaction
                + "; analyse at or after " + newestTransaction + ", or leave out the later transactions");
        this.analysisTime = analysisTime;
        this.newestTransaction = newestTransaction;
    }

    /** The analysis time asked for. */
    public LocalDateTime analysisTime() {
        return analysisTime;
    }

    /** The timestamp of the newest line read. */
    public LocalDateTime newestTransaction() {
        return newestTransaction;
    }
}
